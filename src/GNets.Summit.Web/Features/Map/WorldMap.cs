using System.Globalization;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Map;

/// <summary>A city as the map needs it: where it is and how it took part.</summary>
public sealed record MapCity(string Slug, string Name, double Latitude, double Longitude, IReadOnlyList<ParticipationKindView> Modes)
{
    public string Url => SiteUrls.City(Slug);

    /// <summary>What the dot says instead of the ways of taking part (the network's map: "5 meetings").</summary>
    public string? Note { get; init; }

    /// <summary>The dot's accessible name: "Tokyo: at the venue", 「東京（会場で参加）」.</summary>
    public string Label
    {
        get
        {
            var note = Note ?? Display.HowTookPart(Modes);
            return note.Length == 0 ? Name : SiteLanguages.IsJapanese ? $"{Name}（{note}）" : $"{Name}: {note}";
        }
    }

    /// <summary>One city per slug from one row per (city, way it took part), in name order; the name is the page's language's (callers pick it).</summary>
    public static IReadOnlyList<MapCity> From<TRow>(IEnumerable<TRow> rows, Func<TRow, (string Slug, string Name, double Latitude, double Longitude, ParticipationKindView Mode)> select) =>
        rows.Select(select).GroupBy(r => r.Slug)
            .Select(g => new MapCity(g.Key, g.First().Name, g.First().Latitude, g.First().Longitude, g.Select(r => r.Mode).Distinct().OrderBy(m => m.SortOrder).ToList()))
            .OrderBy(c => c.Name, StringComparer.Create(SiteLanguages.Current.Culture(), ignoreCase: true))
            .ToList();
}

/// <summary>A city's marker: where the city is (<see cref="Anchor"/>) and where its dot is drawn (moved apart from close neighbours).</summary>
public sealed record MapDot(MapCity City, MapPoint Anchor, MapPoint At, bool InInset, bool Highlighted)
{
    /// <summary>Moved far enough from its place to need a leader line.</summary>
    public bool Moved => Anchor.DistanceTo(At) > 1.5;
}

/// <summary>The zoomed Europe inset: the region (in map units) drawn enlarged in a frame.</summary>
public sealed record MapInset(string Name, double RegionX, double RegionY, double RegionWidth, double RegionHeight,
    double FrameX, double FrameY, double FrameWidth, double FrameHeight, double Zoom)
{
    public MapPoint ToFrame(MapPoint p) => new(FrameX + ((p.X - RegionX) * Zoom), FrameY + ((p.Y - RegionY) * Zoom));

    public bool Contains(MapPoint p) => p.X >= RegionX && p.X <= RegionX + RegionWidth && p.Y >= RegionY && p.Y <= RegionY + RegionHeight;

    /// <summary>The SVG transform that draws the world's outlines enlarged in the frame.</summary>
    public string Transform => $"translate({WorldMap.N(FrameX - (RegionX * Zoom))} {WorldMap.N(FrameY - (RegionY * Zoom))}) scale({WorldMap.N(Zoom, "0.###")})";
}

/// <summary>Everything a view needs to draw one map.</summary>
public sealed record MapDrawing(
    string Id, string ViewBox, string Land, string Borders, IReadOnlyList<MapDot> Dots, MapInset? Inset,
    IReadOnlyList<ParticipationKindView> Legend, bool Dimmed)
{
    /// <summary>The figure's caption: what the map shows, and where the same in words is.</summary>
    public string Caption { get; init; } = "";

    public IEnumerable<MapDot> Highlighted => Dots.Where(d => d.Highlighted);
    public IEnumerable<MapDot> Others => Dots.Where(d => !d.Highlighted);
}

/// <summary>
/// Draws the world map on the server: the outlines (read once per process from the embedded
/// countries.txt) and a dot per city, placed with <see cref="EqualEarth"/>. Dots in Europe, where
/// many member cities sit close together, are drawn in an enlarged inset over the South Pacific;
/// dots still closer than <see cref="MinimumGap"/> are moved apart, with a line to their place.
/// </summary>
public sealed class WorldMap
{
    public const double DotRadius = 6;

    /// <summary>Centres of two dots are at least this far apart (map units).</summary>
    public const double MinimumGap = (2 * DotRadius) + 1.5;

    public const double North = 84;
    public const double South = -57;

    private readonly Lazy<(string Land, string Borders)> outlines = new(Load);

    public string Land => outlines.Value.Land;

    public string Borders => outlines.Value.Borders;

    public static readonly double Width = 2 * Math.Ceiling(EqualEarth.Project(0, 180).X + 2);
    public static readonly double Top = Math.Floor(EqualEarth.Project(North, 0).Y - 2);
    public static readonly double Bottom = Math.Ceiling(EqualEarth.Project(South, 0).Y + 2);

    /// <summary>The whole map: x from −Width/2, y from Top.</summary>
    public static string WorldViewBox => $"{N(-Width / 2)} {N(Top)} {N(Width)} {N(Bottom - Top)}";

    /// <summary>Europe from Lisbon to Helsinki and from Malta to Trondheim, enlarged over the empty South Pacific.</summary>
    public static readonly MapInset Europe = MakeInset("Europe", south: 36.5, north: 62.5, west: -11, east: 28,
        frameX: (-Width / 2) + 4, frameY: -40, frameRight: -232, frameBottom: Bottom - 6);

    /// <summary>The network: every city a linked dot; <paramref name="highlight"/> (if given) linked and the others dimmed.</summary>
    public MapDrawing Draw(string id, IEnumerable<MapCity> cities, IReadOnlySet<string>? highlight = null)
    {
        var list = cities.OrderBy(c => c.Slug, StringComparer.Ordinal).ToList();
        var anchors = list.Select(c =>
        {
            var p = EqualEarth.Project(c.Latitude, c.Longitude);
            var inInset = Europe.Contains(p);
            return (City: c, InInset: inInset, At: inInset ? Europe.ToFrame(p) : p);
        }).ToList();
        var spread = Spread(anchors.Select(a => a.At).ToList());
        var dots = anchors.Select((a, i) => new MapDot(a.City, a.At, spread[i], a.InInset, highlight is null || highlight.Contains(a.City.Slug))).ToList();
        var legend = dots.Where(d => d.Highlighted).SelectMany(d => d.City.Modes).Distinct().OrderBy(m => m.SortOrder).ToList();
        return new MapDrawing(id, WorldViewBox, Land, Borders, dots, dots.Any(d => d.InInset) ? Europe : null, legend, highlight is not null);
    }

    /// <summary>One place on a part of the map around it (a city page's locator, the admin's preview).</summary>
    public MapDrawing Locate(string id, MapCity city, double width = 300, double height = 170)
    {
        var p = EqualEarth.Project(city.Latitude, city.Longitude);
        var x = Math.Clamp(p.X - (width / 2), -Width / 2, (Width / 2) - width);
        var y = Math.Clamp(p.Y - (height / 2), Top, Bottom - height);
        return new MapDrawing(id, $"{N(x)} {N(y)} {N(width)} {N(height)}", Land, Borders,
            [new MapDot(city, p, p, false, true)], null, city.Modes, false);
    }

    /// <summary>Coordinates inside the ranges the map can draw (and the editor accepts).</summary>
    public static bool CanPlace(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;

    /// <summary>
    /// Moves dots closer than <see cref="MinimumGap"/> apart, the same way every time: pairs in slug
    /// order push each other along the line between them (left/right when they coincide).
    /// </summary>
    internal static IReadOnlyList<MapPoint> Spread(IReadOnlyList<MapPoint> anchors)
    {
        var at = anchors.ToArray();
        for (var round = 0; round < 60; round++)
        {
            var moved = false;
            for (var i = 0; i < at.Length; i++)
            {
                for (var j = i + 1; j < at.Length; j++)
                {
                    var dx = at[j].X - at[i].X;
                    var dy = at[j].Y - at[i].Y;
                    var d = Math.Sqrt((dx * dx) + (dy * dy));
                    if (d >= MinimumGap - 0.01)
                    {
                        continue;
                    }

                    if (d < 0.01)
                    {
                        (dx, dy, d) = (1, 0, 1);
                    }

                    var push = ((MinimumGap - d) / 2) + 0.01;
                    at[i] = new MapPoint(at[i].X - (dx / d * push), at[i].Y - (dy / d * push));
                    at[j] = new MapPoint(at[j].X + (dx / d * push), at[j].Y + (dy / d * push));
                    moved = true;
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return at;
    }

    private static MapInset MakeInset(string name, double south, double north, double west, double east,
        double frameX, double frameY, double frameRight, double frameBottom)
    {
        var edge = Enumerable.Range(0, 11).SelectMany(i => new[]
        {
            EqualEarth.Project(south + ((north - south) * i / 10), west), EqualEarth.Project(south + ((north - south) * i / 10), east),
            EqualEarth.Project(south, west + ((east - west) * i / 10)), EqualEarth.Project(north, west + ((east - west) * i / 10)),
        }).ToList();
        double minX = edge.Min(p => p.X), maxX = edge.Max(p => p.X), minY = edge.Min(p => p.Y), maxY = edge.Max(p => p.Y);
        var frameWidth = frameRight - frameX;
        var frameHeight = frameBottom - frameY;
        var zoom = Math.Min(frameWidth / (maxX - minX), frameHeight / (maxY - minY));
        // The region grows to the frame's shape, so the frame is filled and the region stays centred.
        var regionWidth = frameWidth / zoom;
        var regionHeight = frameHeight / zoom;
        return new MapInset(name, ((minX + maxX) / 2) - (regionWidth / 2), ((minY + maxY) / 2) - (regionHeight / 2), regionWidth, regionHeight,
            frameX, frameY, frameWidth, frameHeight, zoom);
    }

    private static (string Land, string Borders) Load()
    {
        using var stream = typeof(WorldMap).Assembly.GetManifestResourceStream("GNets.Summit.Web.Map.countries.txt")
            ?? throw new InvalidOperationException("The map outlines (Features/Map/countries.txt) are not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n').Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split(' ', 2)).ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "", StringComparer.Ordinal);
        var scale = double.Parse(lines["scale"], CultureInfo.InvariantCulture);
        if (Math.Abs(scale - EqualEarth.Scale) > 1e-9)
        {
            throw new InvalidOperationException($"countries.txt was projected at scale {scale}, the map draws at {EqualEarth.Scale}: run tools/map/convert.mjs again.");
        }

        return (lines["land"], lines["borders"]);
    }

    /// <summary>"41.9028° N, 12.4964° E": the hemispheres in words, so a wrong sign reads wrong too.</summary>
    public static string Describe(double latitude, double longitude) =>
        $"{N(Math.Abs(latitude), "0.####")}° {(latitude < 0 ? "S" : "N")}, {N(Math.Abs(longitude), "0.####")}° {(longitude < 0 ? "W" : "E")}";

    public static string N(double value, string format = "0.#") => value.ToString(format, CultureInfo.InvariantCulture);
}
