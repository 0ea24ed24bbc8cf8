using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// Words stored in English (the audit log's field lists, its actions, kinds of content) read in the
/// language staff chose. The stored English stays the record; only the page translates it.
/// </summary>
public static class StaffWords
{
    /// <summary>"Position, Photo" as the reader reads it: each field name through the words, joined the reader's way.</summary>
    public static string Fields(this IStringLocalizer<SharedResource> t, string? changedFields) =>
        string.IsNullOrEmpty(changedFields)
            ? ""
            : string.Join(t[", "].Value, changedFields.Split(", ").Select(field => t[field].Value));

    /// <summary>"Edited", "Restored": what was done.</summary>
    public static string Action(this IStringLocalizer<SharedResource> t, RevisionAction action) => t[action.ToString()];

    /// <summary>"Edited city", "Deleted staff account": what was done to what kind of record.</summary>
    public static string ActionOn(this IStringLocalizer<SharedResource> t, RevisionAction action, ContentKind kind) =>
        t["{0} {1}", t.Action(action), t[ContentKinds.TitleOf(kind).ToLowerInvariant()].Value];
}
