namespace GNets.Summit.Web.Data.Entities;

/// <summary>
/// A record staff can edit. <see cref="Version"/> is the optimistic-concurrency token and
/// <see cref="UpdatedAtUtc"/> feeds sitemap lastmod and Last-Modified; both are maintained by
/// <see cref="SummitDbContext"/> on every save.
/// </summary>
public abstract class ContentEntity
{
    public int Id { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }

    /// <summary>Set when staff save the record; the content importer never overwrites such records.</summary>
    public DateTime? StaffEditedAtUtc { get; set; }

    /// <summary>Whether the record's Japanese texts are a draft or have been reviewed (see <see cref="TranslationStatus"/>).</summary>
    public TranslationStatus JaStatus { get; set; }

    /// <summary>
    /// For each translated field, a hash of its English text when its Japanese was last saved, as JSON
    /// ({"Title":"a1b2…"}): an English edit after that makes the Japanese out of date.
    /// </summary>
    public string? JaSourceHashes { get; set; }
}

/// <summary>How far a record's Japanese texts can be trusted. A draft of an official text is shown as a provisional translation (仮訳).</summary>
public enum TranslationStatus
{
    Draft = 0,
    Reviewed = 1,
}
