namespace GNets.Summit.Web.Data.Entities;

/// <summary>
/// An uploaded image. Kept in the database (not on disk) so that one SQLite backup holds the whole site.
/// </summary>
public sealed class MediaImage
{
    public int Id { get; set; }
    /// <summary>Random, URL-safe; part of every rendition's URL so a new upload gets a new URL (immutable caching).</summary>
    public string Key { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public string OriginalFileName { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedBy { get; set; }

    public List<MediaRendition> Renditions { get; set; } = [];
}

public sealed class MediaRendition
{
    public int Id { get; set; }
    public int ImageId { get; set; }
    public MediaImage Image { get; set; } = null!;
    public int Width { get; set; }
    public int Height { get; set; }
    public string ContentType { get; set; } = "";
    public byte[] Bytes { get; set; } = [];
}
