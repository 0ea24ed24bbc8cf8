namespace GNets.Summit.Web.Features.Shared;

/// <summary>The widths each uploaded image is stored at; pages ask for exactly these (/media/{key}/{width}.webp).</summary>
public static class MediaSizes
{
    /// <summary>Square renditions for people (shown as circles at 48–160 px, twice that on dense screens).</summary>
    public static readonly int[] Person = [160, 320, 640];

    /// <summary>Renditions for an event's image (page and sharing cards).</summary>
    public static readonly int[] Event = [640, 1200];
}
