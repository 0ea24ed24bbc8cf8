namespace GNets.Summit.Web.Features.Shared;

/// <summary>The widths each uploaded image is stored at; pages ask for exactly these (/media/{key}/{width}.webp).</summary>
public static class MediaSizes
{
    /// <summary>Square renditions for people (shown as circles at 48–160 px, twice that on dense screens).</summary>
    public static readonly int[] Person = [160, 320, 640];

    /// <summary>Renditions for an event's image (page and sharing cards).</summary>
    public static readonly int[] Event = [640, 1200];

    /// <summary>Library photos: the widths a srcset offers, from a phone to a wide screen.</summary>
    public static readonly int[] Photo = [320, 640, 960, 1280, 1920];

    /// <summary>How wide a gallery photo is shown: three columns on a wide screen, two on a tablet, one on a phone (see .gallery__grid).</summary>
    public const string GallerySizes = "(min-width: 72rem) 22rem, (min-width: 40rem) calc(50vw - 2rem), calc(100vw - 2rem)";

    /// <summary>How wide an event's cover is shown in the hero (see .hero__cover).</summary>
    public const string HeroSizes = "(min-width: 72rem) 70rem, calc(100vw - 2rem)";

    /// <summary>
    /// The widths a library photo is stored at: those of <see cref="Photo"/> narrower than the original,
    /// and the original's own width (up to the widest), so nothing is ever enlarged.
    /// </summary>
    public static int[] PhotoWidths(int originalWidth)
    {
        var top = Math.Min(originalWidth, Photo[^1]);
        return [.. Photo.Where(w => w < top), top];
    }
}
