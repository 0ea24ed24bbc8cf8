using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>A person as lists and links show them: name, position, photo or initials.</summary>
public sealed record PersonCard(
    string Slug, string? Honorific, string GivenName, string FamilyName, NameOrder NameOrder,
    string Position, string? Organisation, string? PhotoKey, string? PhotoAlt)
{
    /// <summary>The whole name as written in Japanese (小池 百合子), when stored.</summary>
    public string? NameJa { get; init; }
    public string? HonorificJa { get; init; }
    public string? PositionJa { get; init; }
    public string? OrganisationJa { get; init; }
    public string? PhotoAltJa { get; init; }

    /// <summary>The name in the page's language, without honorific: "IZUMO Mitsuru", 「出雲 充」.</summary>
    public Localized LocalName => Localized.Pick(PersonName.Display(GivenName, FamilyName, NameOrder), NameJa);

    /// <summary>With the honorific, where each language puts it: "Mr. IZUMO Mitsuru", 「出雲 充 氏」.</summary>
    public Localized LocalFullName => PersonName.Localize(Honorific, GivenName, FamilyName, NameOrder, NameJa, HonorificJa);

    public Localized LocalPosition => Localized.Pick(Position, PositionJa);

    public Localized? LocalOrganisation => Localized.PickOptional(Organisation, OrganisationJa);

    public Localized? LocalPhotoAlt => Localized.PickOptional(PhotoAlt, PhotoAltJa);

    /// <summary>Plain text in the page's language (for descriptions, JSON-LD); HTML writes <see cref="LocalName"/> to mark a fallback.</summary>
    public string Name => LocalName.Text;
    public string FullName => LocalFullName.Text;
    public string Initials => PersonName.Initials(GivenName, FamilyName, NameOrder);
    public string Url => SiteUrls.Person(Slug);
    /// <summary>One of eight background colours, stable per person.</summary>
    public int AvatarTone => Math.Abs(StableHash(Slug)) % 8;

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }

        return hash == int.MinValue ? 0 : hash;
    }
}

public sealed record CityLink(string Slug, string Name)
{
    public string? NameJa { get; init; }

    /// <summary>The name in the page's language.</summary>
    public Localized LocalName => Localized.Pick(Name, NameJa);

    public string Url => SiteUrls.City(Slug);
}

/// <summary>
/// The event a page belongs to, for headings, breadcrumbs and links. The constructor takes the English;
/// queries add the Japanese with an initializer (<c>{ TitleJa = e.TitleJa, ShortTitleJa = …, TimeZoneNameJa = … }</c>).
/// </summary>
public sealed record EventHeader(string Slug, string TitleEn, string ShortTitleEn, string TimeZoneId, string TimeZoneNameEn, bool IsFeatured)
{
    public string? TitleJa { get; init; }
    public string? ShortTitleJa { get; init; }
    public string? TimeZoneNameJa { get; init; }

    public Localized Title => Localized.Pick(TitleEn, TitleJa);
    public Localized ShortTitle => Localized.Pick(ShortTitleEn, ShortTitleJa);
    public Localized TimeZoneName => Localized.Pick(TimeZoneNameEn, TimeZoneNameJa);

    /// <summary>A program item's time in this event's zone, named in the page's language.</summary>
    public TimeSlot? Slot(DateTime? startUtc, DateTime? endUtc) => EventTime.Slot(startUtc, endUtc, TimeZoneId, TimeZoneNameEn, TimeZoneNameJa);

    /// <summary>The event's overview, /events/{slug} (the featured event's too: the home page is the network's).</summary>
    public string Url => SiteUrls.Event(Slug);

    /// <summary>Breadcrumbs up to the event, for a page under it: Home › Events › event.</summary>
    public IReadOnlyList<Infrastructure.Breadcrumb> Trail =>
        [new(Display.T("Home"), SiteUrls.Home), new(Display.T("Events"), SiteUrls.Events), new(ShortTitle.Text, Url)];

    public string ProgramUrl => SiteUrls.Program(Slug);
    public string ProgramDayUrl(DateOnly date) => SiteUrls.ProgramDay(Slug, date);
    public string ProgramCalendarUrl => SiteUrls.ProgramCalendar(Slug);
    public string ScheduleXmlUrl => SiteUrls.ScheduleXml(Slug);
    public string ScheduleJsonUrl => SiteUrls.ScheduleJson(Slug);
    public string CitiesUrl => SiteUrls.Cities(Slug);
    public string PeopleUrl => SiteUrls.People(Slug);
    public string CommuniqueUrl => SiteUrls.Communique(Slug);
    public string ItemUrl(string itemSlug) => SiteUrls.ProgramItem(Slug, itemSlug);
    public string ItemCalendarUrl(string itemSlug) => SiteUrls.ProgramItemCalendar(Slug, itemSlug);
}

/// <summary>What a person's card in a list shows besides the person: how they appeared, the themes and sessions they moderated.</summary>
public sealed record PersonCardView(PersonCard Person, AppearanceMode? Appearance, IReadOnlyList<Localized> Themes, IReadOnlyList<LinkView> Sessions)
{
    public static PersonCardView Keynote(PersonCard person, AppearanceMode appearance) => new(person, appearance, [], []);
}

/// <summary>A link with a stored title (shown with lang="en" when the Japanese is missing).</summary>
public sealed record LinkView(string Url, Localized Title);
