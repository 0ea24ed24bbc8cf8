namespace GNets.Summit.Web.Data.Entities;

public enum RevisionAction
{
    Created = 0,
    Edited = 1,
    Deleted = 2,
    Restored = 3,

    /// <summary>The record as content/ gave it: its first revision, so the imported text can be restored.</summary>
    Imported = 4,
}

/// <summary>One save by staff: who, when, and the record as it stood after the save (as its admin form, in JSON).</summary>
public sealed class Revision
{
    public int Id { get; set; }
    public ContentKind Kind { get; set; }
    public int EntityId { get; set; }
    /// <summary>What the record was called at the time, for the audit list after deletion.</summary>
    public string Label { get; set; } = "";
    public RevisionAction Action { get; set; }
    public string UserName { get; set; } = "";
    public DateTime AtUtc { get; set; }
    public string SnapshotJson { get; set; } = "{}";
    /// <summary>Human-readable list of the fields that changed, e.g. "Position, Photo".</summary>
    public string ChangedFields { get; set; } = "";
}
