using GNets.Summit.Web.Features.Map;

namespace GNets.Summit.Web.Tests.Map;

/// <summary>The map's projection against published Equal Earth values and an independent implementation.</summary>
public sealed class EqualEarthTests
{
    [Fact]
    public void The_origin_is_projected_to_the_origin()
    {
        var (x, y) = EqualEarth.ProjectUnit(0, 0);

        Assert.Equal(0, x, 12);
        Assert.Equal(0, y, 12);
        Assert.Equal(new MapPoint(0, 0), EqualEarth.Project(0, 0));
    }

    [Fact]
    public void The_pole_and_the_antimeridian_are_where_the_paper_puts_them()
    {
        // Šavrič, Patterson, Jenny (2018): the pole line at y = 1.3173627591574, the equator ends at
        // x = 2√3·π / (3·A1) = 2.7066299836961.
        Assert.Equal(1.3173627591574, EqualEarth.ProjectUnit(90, 0).Y, 12);
        Assert.Equal(-1.3173627591574, EqualEarth.ProjectUnit(-90, 0).Y, 12);
        Assert.Equal(2.7066299836961, EqualEarth.ProjectUnit(0, 180).X, 12);
        // Equal Earth's poles are lines, not points: about half as long as the equator.
        Assert.InRange(EqualEarth.ProjectUnit(90, 180).X / EqualEarth.ProjectUnit(0, 180).X, 0.5, 0.67);
    }

    [Theory]
    // Reference values from d3-geo 3 (geoEqualEarth().scale(1).translate([0, 0]), y flipped to north-up),
    // an implementation written independently of this one.
    [InlineData("Tokyo", 35.6895, 139.6917, 1.90946294170003, 0.697844715778133)]
    [InlineData("Rio de Janeiro", -22.9068, -43.1729, -0.624585693479191, -0.457513786428704)]
    [InlineData("Helsinki", 60.1699, 24.9384, 0.282027399107458, 1.09058123124932)]
    public void Cities_are_projected_as_an_independent_implementation_projects_them(string city, double latitude, double longitude, double x, double y)
    {
        var projected = EqualEarth.ProjectUnit(latitude, longitude);

        Assert.True(Math.Abs(projected.X - x) < 1e-9 && Math.Abs(projected.Y - y) < 1e-9, $"{city}: {projected}");
    }

    [Fact]
    public void Map_units_are_the_projection_scaled_with_y_pointing_down()
    {
        var tokyo = EqualEarth.Project(35.6895, 139.6917);

        Assert.Equal(1.90946294170003 * EqualEarth.Scale, tokyo.X, 6);
        Assert.Equal(-0.697844715778133 * EqualEarth.Scale, tokyo.Y, 6);
    }

    [Fact]
    public void The_outline_file_was_projected_at_the_scale_the_map_draws_at()
    {
        var header = File.ReadLines(Path.Combine(Infrastructure.RepositoryPaths.Root, "src", "GNets.Summit.Web", "Features", "Map", "countries.txt"))
            .First(l => l.StartsWith("scale ", StringComparison.Ordinal));

        Assert.Equal($"scale {EqualEarth.Scale}", header);
        Assert.NotEmpty(new WorldMap().Land);
    }

    [Fact]
    public void Dots_closer_than_the_minimum_gap_are_moved_apart_the_same_way_every_time()
    {
        // Brisbane and Queensland's government sit 100 m apart.
        var anchors = new[] { new MapPoint(100, 50), new MapPoint(100.1, 50), new MapPoint(300, 50) };

        var first = WorldMap.Spread(anchors);
        var second = WorldMap.Spread(anchors);

        Assert.True(first[0].DistanceTo(first[1]) >= WorldMap.MinimumGap - 0.02, $"{first[0]} {first[1]}");
        Assert.True(first[0].X < first[1].X);
        Assert.Equal(anchors[2], first[2]);
        Assert.Equal(first, second);
    }
}
