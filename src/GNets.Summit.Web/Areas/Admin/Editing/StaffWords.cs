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
    private static IStringLocalizer Words => SharedResource.Words;

    /// <summary>A message in the staff's language: <c>StaffWords.Say("It has {0} themes. Delete them first.", count)</c>.</summary>
    public static string Say(string english, params object[] arguments) => Words[english, arguments];

    /// <summary>A word or message that may start in lower case ("photo", "describe the photo …"), as <see cref="Word"/> does.</summary>
    public static string SayWord(string english)
    {
        if (Words[english] is { ResourceNotFound: false } found)
        {
            return found.Value;
        }

        return english.Length > 0 && char.IsLower(english[0]) && Words[char.ToUpperInvariant(english[0]) + english[1..]] is { ResourceNotFound: false } capitalised
            ? capitalised.Value
            : english;
    }

    /// <summary>A kind's word inside a sentence ("event"), as <see cref="Word"/> does.</summary>
    public static string Say(ContentKindInfo kind) =>
        Words[kind.Title] is { ResourceNotFound: false } found ? found.Value : kind.Singular;

    /// <summary>"Position, Photo" as the reader reads it: each field name through the words, joined the reader's way.</summary>
    public static string Fields(this IStringLocalizer<SharedResource> t, string? changedFields) =>
        string.IsNullOrEmpty(changedFields)
            ? ""
            : string.Join(t[", "].Value, changedFields.Split(", ").Select(field => Field(t, field)));

    /// <summary>A field name, or a staff account's role change as the account service records it ("Role Editor → Admin").</summary>
    private static string Field(IStringLocalizer<SharedResource> t, string field) =>
        field.StartsWith("Role ", StringComparison.Ordinal)
            ? t["Role {0}", string.Join(" → ", field["Role ".Length..].Split(" → ").Select(role => t[role].Value))]
            : t[field];

    /// <summary>
    /// A word inside a sentence ("event", "program item"): looked up by its capitalised form, because
    /// resource names ignore case ("event" and "Event" are one entry), and kept as it is in English.
    /// </summary>
    public static string Word(this IStringLocalizer<SharedResource> t, string english)
    {
        var found = t[english];
        if (!found.ResourceNotFound || english.Length == 0 || !char.IsLower(english[0]))
        {
            return found.Value;
        }

        var capitalised = t[char.ToUpperInvariant(english[0]) + english[1..]];
        return capitalised.ResourceNotFound ? english : capitalised.Value;
    }

    /// <summary>
    /// A list cell: a label ("Yes", "Asia") or a list of labels ("At the venue, Online") read in the
    /// reader's language; anything else (names, positions) is data and stays as stored.
    /// </summary>
    public static string Cell(this IStringLocalizer<SharedResource> t, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (t[text] is { ResourceNotFound: false } whole)
        {
            return whole.Value;
        }

        var parts = text.Split(", ").Select(part => t[part]).ToList();
        return parts.Count > 1 && parts.All(p => !p.ResourceNotFound) ? string.Join(t[", "].Value, parts.Select(p => p.Value)) : text;
    }

    /// <summary>"Edited", "Restored": what was done.</summary>
    public static string Action(this IStringLocalizer<SharedResource> t, RevisionAction action) => t[action.ToString()];

    /// <summary>"Edited city", "Deleted staff account": what was done to what kind of record.</summary>
    public static string ActionOn(this IStringLocalizer<SharedResource> t, RevisionAction action, ContentKind kind) =>
        t["{0} {1}", t.Action(action), t.Word(ContentKinds.TitleOf(kind).ToLowerInvariant())];
}
