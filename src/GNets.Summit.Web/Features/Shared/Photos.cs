using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// An uploaded photo as pages show it: its renditions for a srcset, its size (so the page reserves the
/// space before it loads), its alt text, and the caption and credit shown under it.
/// Texts are in the page's language (<see cref="Localized"/>); alt text in an attribute cannot carry
/// a lang of its own, so a missing Japanese alt falls back to the English as it is.
/// </summary>
public sealed record PhotoView(string Key, int Width, int Height, IReadOnlyList<int> Widths, Localized Alt, Localized? Caption = null, Localized? Credit = null)
{
    /// <summary>Library photos are stored at <see cref="MediaSizes.PhotoWidths"/>; an event's own image at <see cref="MediaSizes.Event"/>.</summary>
    public static PhotoView Of(string key, int width, int height, bool inLibrary, string alt, string? caption = null, string? credit = null) =>
        Of(key, width, height, inLibrary, new Localized(alt, false), caption is null ? null : new Localized(caption, false), credit is null ? null : new Localized(credit, false));

    /// <summary>A photo with its texts in both languages, picked for the page's language.</summary>
    public static PhotoView Of(string key, int width, int height, bool inLibrary, Localized alt, Localized? caption, Localized? credit) =>
        new(key, width, height, inLibrary ? MediaSizes.PhotoWidths(width) : MediaSizes.Event, alt, caption, credit);

    /// <summary>Each rendition with the width it really has (a small original is never enlarged).</summary>
    public string Srcset => string.Join(", ", Widths.Select(w => $"{SiteUrls.Media(Key, w)} {Math.Min(w, Width)}w"));

    /// <summary>For browsers without srcset: a middle size.</summary>
    public string Src => SiteUrls.Media(Key, Widths.FirstOrDefault(w => w >= 640, Widths[^1]));

    /// <summary>For sharing cards (og:image, JSON-LD): the rendition nearest 1200 px wide.</summary>
    public string SharePath => SiteUrls.Media(Key, Widths.MinBy(w => Math.Abs(w - 1200)));

    public bool HasFigcaption => Caption is not null || Credit is not null;
}

/// <summary>One photo on a page: how wide it is shown (<paramref name="Sizes"/>) and whether it loads only when scrolled to.</summary>
public sealed record ResponsiveImage(PhotoView Photo, string Sizes, bool Lazy = true, string? CssClass = null);
