using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Representatives;

/// <summary>What a representative did on one program item: "Opening greeting, Opening ceremony".</summary>
public sealed record RepresentativeRole(string ItemSlug, string ItemTitle, string? Theme, ProgramItemKind Kind, PersonRole Role, AppearanceMode Appearance)
{
    /// <summary>The item's Japanese title and theme, when stored (queries that have them set them).</summary>
    public string? ItemTitleJa { get; init; }
    public string? ThemeJa { get; init; }

    /// <summary>"Opening greeting", "Attended", "Video message" (a talk sent as a video), "Speaker (online)".</summary>
    public string Label => (IsVideoMessage ? Display.Label(AppearanceMode.VideoMessage) : Display.Label(Role, Kind)) + (IsOnline ? " (online)" : "");

    /// <summary>A talk sent as a video: labelled "Video message" rather than by its role.</summary>
    public bool IsVideoMessage => Role == PersonRole.Speaker && Appearance == AppearanceMode.VideoMessage;

    public bool IsOnline => Appearance == AppearanceMode.Online;

    /// <summary>"Session 1: Environment", 「分科会1：【環境】」 in the page's language.</summary>
    public Localized ItemName => ItemNames.Of(ItemTitle, ItemTitleJa, Theme, ThemeJa);
}

/// <summary>A program item's name with its theme, as the city and person pages list them.</summary>
public static class ItemNames
{
    public static Localized Of(string title, string? titleJa, string? theme, string? themeJa)
    {
        var t = Localized.Pick(title, titleJa);
        if (theme is null)
        {
            return t;
        }

        var th = Localized.Pick(theme, themeJa);
        return SiteLanguages.IsJapanese
            ? new Localized($"{t.Text}：{th.Text}", t.IsFallback && th.IsFallback)
            : new Localized($"{t.Text}: {th.Text}", false);
    }
}

/// <summary>
/// A stored representation as the pages' queries project it (inside their one query: a page costs no
/// extra SQL); what the person did comes from the program rows the page has loaded anyway. Both
/// languages are projected; <see cref="With"/> picks the page's.
/// </summary>
public sealed record RepresentationRow(
    EventHeader Event, CityLink City, PersonCard Person, string Title, string? TitleJa, string? Government, string? GovernmentJa,
    string? Note, string? NoteJa, int SortOrder, DateTime UpdatedAtUtc)
{
    public Representative With(IEnumerable<RepresentativeRole> roles) =>
        new(Event, City, Person, Localized.Pick(Title, TitleJa), Localized.PickOptional(Government, GovernmentJa),
            Localized.PickOptional(Note, NoteJa), roles.ToList(), UpdatedAtUtc);

    /// <summary>The one projection of a stored representation, used inside the queries of every page that shows one.</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Data.Entities.Representation, RepresentationRow>> Projection = r =>
        new RepresentationRow(
            new EventHeader(r.Event.Slug, r.Event.Title, r.Event.ShortTitle, r.Event.TimeZoneId, r.Event.TimeZoneName, r.Event.IsFeatured) { TitleJa = r.Event.TitleJa, ShortTitleJa = r.Event.ShortTitleJa, TimeZoneNameJa = r.Event.TimeZoneNameJa },
            new CityLink(r.City.Slug, r.City.Name) { NameJa = r.City.NameJa },
            new PersonCard(r.Person.Slug, r.Person.Honorific, r.Person.GivenName, r.Person.FamilyName, r.Person.NameOrder,
                r.Person.Position, r.Person.Organisation, r.Person.Photo != null ? r.Person.Photo.Key : null, r.Person.PhotoAlt)
            {
                NameJa = r.Person.NameJa, HonorificJa = r.Person.HonorificJa, PositionJa = r.Person.PositionJa,
                OrganisationJa = r.Person.OrganisationJa, PhotoAltJa = r.Person.PhotoAltJa,
            },
            r.Title, r.TitleJa, r.Government, r.GovernmentJa, r.Note, r.NoteJa, r.SortOrder,
            r.UpdatedAtUtc > r.Person.UpdatedAtUtc ? r.UpdatedAtUtc : r.Person.UpdatedAtUtc);
}

/// <summary>A person who represented a city at an event, with what they did in its program; texts in the page's language.</summary>
public sealed record Representative(
    EventHeader Event, CityLink City, PersonCard Person, Localized LocalTitle, Localized? LocalGovernment, Localized? LocalNote,
    IReadOnlyList<RepresentativeRole> Roles, DateTime UpdatedAtUtc)
{
    public string Title => LocalTitle.Text;
    public string? Government => LocalGovernment?.Text;
    public string? Note => LocalNote?.Text;

    /// <summary>
    /// "Governor of Tokyo", "Mayor of New York"; a title that already says of what ("Director of the City") as it is.
    /// A Japanese title is whole as stored (東京都知事).
    /// </summary>
    public Localized LocalJobTitle =>
        !SiteLanguages.IsJapanese || LocalTitle.IsFallback
            ? LocalTitle with { Text = Title.Contains(" of ", StringComparison.Ordinal) ? Title : $"{Title} of {City.Name}" }
            : LocalTitle;

    public string JobTitle => LocalJobTitle.Text;

    /// <summary>The government when it adds to the title (not already in it).</summary>
    public Localized? ShownGovernment =>
        LocalGovernment is { } government && !JobTitle.Contains(government.Text, StringComparison.Ordinal) ? government : null;

    /// <summary>Whether they spoke (a greeting, a talk, a video message): a performer rather than an attendee.</summary>
    public bool Spoke => Roles.Any(r => r.Role is PersonRole.Speaker or PersonRole.Greeting);
}
