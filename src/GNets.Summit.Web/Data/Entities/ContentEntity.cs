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
}
