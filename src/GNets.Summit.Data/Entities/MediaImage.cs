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

    /// <summary>What the photo shows, for people who cannot see it. Required for library photos; people's and events' own images keep theirs on the record.</summary>
    public string AltText { get; set; } = "";
    public string? AltTextJa { get; set; }

    /// <summary>Shown under the photo.</summary>
    public string? Caption { get; set; }
    public string? CaptionJa { get; set; }

    /// <summary>Who took the photo or holds its rights ("Tokyo Metropolitan Government").</summary>
    public string? Credit { get; set; }
    public string? CreditJa { get; set; }

    /// <summary>Uploaded to the media library (rather than as one record's own photo), so listed there.</summary>
    public bool InLibrary { get; set; }

    public List<MediaRendition> Renditions { get; set; } = [];
}

/// <summary>
/// A library photo shown on an event's page or a program item's page, in order. Exactly one of
/// <see cref="EventId"/> and <see cref="ProgramItemId"/> is set.
/// </summary>
public sealed class GalleryPhoto
{
    public int Id { get; set; }
    public int ImageId { get; set; }
    public MediaImage Image { get; set; } = null!;
    public int? EventId { get; set; }
    public Event? Event { get; set; }
    public int? ProgramItemId { get; set; }
    public ProgramItem? ProgramItem { get; set; }
    public int SortOrder { get; set; }
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
