using System.Globalization;
using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using GNets.Summit.Web.Features.Map;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Map;

/// <summary>The world map on the home, cities, city and session pages: drawn on the server, every dot a named link.</summary>
public sealed class MapPageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Cities = "/events/leaders-summit-2023/cities";

    private static MapPoint PositionOf(IElement dot)
    {
        var transform = dot.QuerySelector("g[transform]")!.GetAttribute("transform")!;
        var numbers = transform["translate(".Length..^1].Split(' ');
        return new MapPoint(double.Parse(numbers[0], CultureInfo.InvariantCulture), double.Parse(numbers[1], CultureInfo.InvariantCulture));
    }

    private static string SlugOf(IElement dot) => dot.GetAttribute("href")!["/cities/".Length..];

    private Task<Dictionary<string, (double Latitude, double Longitude)>> CoordinatesAsync() =>
        factory.WithStoreAsync(async db => (await db.Cities.ToListAsync()).ToDictionary(c => c.Slug, c => (c.Latitude, c.Longitude)));

    [Fact]
    public async Task The_cities_page_has_one_linked_named_dot_per_participating_city()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Cities);

        var dots = page.QuerySelectorAll("figure.map svg a.map-city").ToList();
        var listed = page.Section("by-continent").QuerySelectorAll(".city-list > li > a").Select(a => a.GetAttribute("href")!).Order().ToList();
        Assert.Equal(34, dots.Count);
        Assert.Equal(listed, dots.Select(d => d.GetAttribute("href")!).Order().ToList());
        var names = dots.ToDictionary(d => d.GetAttribute("href")!, d => d.GetAttribute("aria-label")!);
        Assert.Equal("Tokyo: at the venue", names["/cities/tokyo"]);
        Assert.Equal("Rome: at the venue and online", names["/cities/rome"]);
        Assert.Equal("Cairo: by video message", names["/cities/cairo"]);
        Assert.Equal("London: online", names["/cities/london"]);
    }

    [Fact]
    public async Task Each_dot_is_where_the_projection_puts_its_city_or_moved_at_most_a_dot_away_with_a_line()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Cities);
        var coordinates = await CoordinatesAsync();

        foreach (var dot in page.QuerySelectorAll("a.map-city"))
        {
            var slug = SlugOf(dot);
            var (latitude, longitude) = coordinates[slug];
            var world = EqualEarth.Project(latitude, longitude);
            var expected = WorldMap.Europe.Contains(world) ? WorldMap.Europe.ToFrame(world) : world;
            var distance = expected.DistanceTo(PositionOf(dot));
            Assert.True(distance <= WorldMap.MinimumGap, $"{slug} is {distance:0.0} units from where it is");
        }

        // Brisbane and Queensland's government are 100 m apart: both readable, each with a line to its place.
        var dots = page.QuerySelectorAll("a.map-city").ToDictionary(d => SlugOf(d), PositionOf);
        Assert.True(dots["brisbane"].DistanceTo(dots["queensland"]) >= WorldMap.MinimumGap - 0.1);
        Assert.True(page.QuerySelectorAll("line.map-leader").Length >= 2);
    }

    [Fact]
    public async Task Dots_are_where_a_reader_of_an_atlas_expects_them()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Cities);
        var dots = page.QuerySelectorAll("a.map-city").ToDictionary(d => SlugOf(d), PositionOf);

        Assert.True(dots["tokyo"].X > dots["bangkok"].X, "Tokyo is east of Bangkok");
        Assert.True(dots["tokyo"].Y < dots["bangkok"].Y, "Tokyo is north of Bangkok");
        Assert.True(dots["rio-de-janeiro"].Y > 0, "Rio is south of the equator");
        Assert.True(dots["brisbane"].Y > 0 && dots["brisbane"].X > dots["jakarta"].X, "Brisbane is south-east of Jakarta");
        Assert.True(dots["los-angeles"].X < dots["new-york"].X && dots["new-york"].X < 0, "Los Angeles is west of New York, both west of Greenwich");
        Assert.True(Math.Abs(dots["nairobi"].Y) < 10, "Nairobi is near the equator");
        // In the Europe inset: Helsinki north-east of Rome, London west of Amsterdam.
        Assert.True(dots["helsinki"].Y < dots["rome"].Y && dots["helsinki"].X > dots["rome"].X);
        Assert.True(dots["london"].X < dots["amsterdam"].X);
    }

    [Fact]
    public async Task The_legend_names_each_way_of_taking_part_in_words_with_its_shape()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Cities);

        var legend = page.QuerySelectorAll(".map-legend li").Select(li => li.TextOf()).ToList();
        Assert.Equal(["At the venue (26)", "Online (6)", "Video message (4)", "More than one way: one shape inside another"], legend);
        var shapes = page.QuerySelectorAll(".map-legend li use").Take(3).Select(u => u.GetAttribute("href")).ToList();
        Assert.Equal(["#cities-map-m0", "#cities-map-m1", "#cities-map-m2"], shapes);
        Assert.Equal("circle", page.GetElementById("cities-map-m0")!.LocalName);
        Assert.Equal("rect", page.GetElementById("cities-map-m1")!.LocalName);
        Assert.Equal("path", page.GetElementById("cities-map-m2")!.LocalName);
    }

    [Fact]
    public async Task The_map_is_a_figure_with_a_caption_and_no_inline_style()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Cities);

        var figure = page.QuerySelector("main figure.map")!;
        var svg = figure.QuerySelector("svg")!;
        Assert.NotEqual("img", svg.GetAttribute("role"));
        Assert.Contains("34 cities", page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextOf());
        Assert.NotNull(figure.QuerySelector("figcaption"));
        Assert.Empty(figure.QuerySelectorAll("[style], style, script"));
        Assert.Single(figure.QuerySelectorAll("path.map-land"));
    }

    [Fact]
    public async Task The_home_page_shows_the_network_at_a_glance()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/");

        var section = page.Section("network-heading");
        // Every city that has taken part in a meeting, whichever meetings the content holds.
        var tookPart = await factory.WithStoreAsync(db => db.Cities.CountAsync(c => c.Participations.Any()));
        Assert.Equal(tookPart, section.QuerySelectorAll("a.map-city").Length);
        Assert.NotNull(section.QuerySelector("a[href='/cities']"));
    }

    [Fact]
    public async Task A_session_page_highlights_exactly_its_cities_and_dims_the_others()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/session-1");

        var chips = page.QuerySelectorAll(".entry a[href^='/cities/']").Select(a => a.GetAttribute("href")!).Order().ToList();
        var map = page.Section("map-heading");
        var highlighted = map.QuerySelectorAll("a.map-city").Select(a => a.GetAttribute("href")!).Order().ToList();
        Assert.Equal(["/cities/abu-dhabi", "/cities/malmo", "/cities/new-york", "/cities/paris", "/cities/tokyo"], highlighted);
        Assert.Equal(chips, highlighted);
        Assert.Equal(34 - 5, map.QuerySelectorAll(".map-others .map-other").Length);
        Assert.Equal("true", map.QuerySelector(".map-others")!.GetAttribute("aria-hidden"));
        Assert.Contains("Other cities at the event", map.QuerySelector(".map-legend")!.TextOf());
    }

    [Fact]
    public async Task A_city_page_has_a_locator_map_centred_on_the_city()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/cities/tokyo");

        var figure = page.QuerySelector("main figure.map--locator")!;
        var svg = figure.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("Tokyo on a world map", page.GetElementById(svg.GetAttribute("aria-labelledby")!)!.TextOf());
        Assert.Empty(svg.QuerySelectorAll("a"));
        var box = svg.GetAttribute("viewBox")!.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var tokyo = EqualEarth.Project(35.6895, 139.6917);
        Assert.InRange(tokyo.X, box[0], box[0] + box[2]);
        Assert.InRange(tokyo.Y, box[1], box[1] + box[3]);
    }

    [Fact]
    public async Task The_map_adds_at_most_25_KB_compressed_to_a_page()
    {
        var html = await factory.CreateVisitor().GetStringAsync(Cities);
        var start = html.IndexOf("<figure class=\"map\">", StringComparison.Ordinal);
        var end = html.IndexOf("</figure>", start, StringComparison.Ordinal) + "</figure>".Length;
        var without = html[..start] + html[end..];

        var added = Brotli(html) - Brotli(without);

        Assert.InRange(added, 1, 25 * 1024);
    }

    internal static int Brotli(string text)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(Encoding.UTF8.GetBytes(text));
        }

        return (int)buffer.Length;
    }
}
