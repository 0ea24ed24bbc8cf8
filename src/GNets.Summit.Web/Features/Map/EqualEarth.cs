namespace GNets.Summit.Web.Features.Map;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018), an equal-area projection for world
/// maps. <see cref="Project"/> gives the map's own units: <see cref="Scale"/> units per unit of the
/// projection's plane (sphere radius 1), origin at latitude 0, longitude 0, y growing downwards as in
/// SVG. The outlines in countries.txt were projected with the same formulas and scale by
/// tools/map/convert.mjs, so dots and coasts line up.
/// </summary>
public static class EqualEarth
{
    public const double A1 = 1.340264;
    public const double A2 = -0.081106;
    public const double A3 = 0.000893;
    public const double A4 = 0.003796;

    /// <summary>Map units per projection unit: the whole world is about 1,001 units wide.</summary>
    public const double Scale = 185;

    private static readonly double M = Math.Sqrt(3) / 2;

    /// <summary>The projection on the unit sphere: x east, y north (the published form).</summary>
    public static (double X, double Y) ProjectUnit(double latitude, double longitude)
    {
        var lambda = longitude * Math.PI / 180;
        var phi = latitude * Math.PI / 180;
        var theta = Math.Asin(M * Math.Sin(phi));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        var x = 2 * Math.Sqrt(3) * lambda * Math.Cos(theta) / (3 * ((9 * A4 * t6 * t2) + (7 * A3 * t6) + (3 * A2 * t2) + A1));
        var y = theta * (A1 + (A2 * t2) + (t6 * (A3 + (A4 * t2))));
        return (x, y);
    }

    /// <summary>A point in map units (SVG coordinates: y down).</summary>
    public static MapPoint Project(double latitude, double longitude)
    {
        var (x, y) = ProjectUnit(latitude, longitude);
        return new MapPoint(x * Scale, -y * Scale);
    }
}

public readonly record struct MapPoint(double X, double Y)
{
    public double DistanceTo(MapPoint other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));
}
