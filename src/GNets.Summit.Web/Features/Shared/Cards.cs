using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// A person as lists and links show them: name, position, photo or initials. The constructor takes the
/// English; queries add the Japanese with an initializer in the same projection
/// (<c>new PersonCard(…) { NameJa = p.NameJa, PositionJa = p.PositionJa, … }</c>), and the page shows
/// the one of its language (<see cref="Localized"/>: English marked lang="en" when the Japanese is missing).
/// </summary>
public sealed record PersonCard(
    string Slug, string? Honorific, string GivenName, string FamilyName, NameOrder NameOrder,
    string PositionEn, string? Organisation, string? PhotoKey, string? PhotoAltEn)
{
    /// <summary>The whole name as written in Japanese (小池 百合子, マイケル・ブルームバーグ).</summary>
    public string? NameJa { get; init; }
    public string? HonorificJa { get; init; }
    public string? PositionJa { get; init; }
    public string? PhotoAltJa { get; init; }

    /// <summary>"Michael Bloomberg", "KOIKE Yuriko"; 「小池 百合子」.</summary>
    public Localized Name => Localized.Pick(PersonName.Display(GivenName, FamilyName, NameOrder), NameJa);

    /// <summary>With the honorific: "H.E. KOIKE Yuriko"; in Japanese the name alone unless staff gave a Japanese honorific (it follows the name).</summary>
    public Localized FullName => SiteLanguages.IsJapanese && !string.IsNullOrWhiteSpace(NameJa)
        ? new Localized(string.IsNullOrWhiteSpace(HonorificJa) ? NameJa : $"{NameJa} {HonorificJa}", false)
        : Localized.Pick(PersonName.WithHonorific(Honorific, GivenName, FamilyName, NameOrder), null);

    public Localized Position => Localized.Pick(PositionEn, PositionJa);

    public string? PhotoAlt => PhotoAltEn is null && PhotoAltJa is null ? null : Localized.Pick(PhotoAltEn ?? "", PhotoAltJa).Text;

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

/// <summary>A link to a city; queries add its Japanese name with an initializer (<c>{ NameJa = c.NameJa }</c>).</summary>
public sealed record CityLink(string Slug, string NameEn)
{
    public string? NameJa { get; init; }

    public Localized Name => Localized.Pick(NameEn, NameJa);

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

    /// <summary>The featured event's overview is the home page.</summary>
    public string Url => SiteUrls.Event(Slug, IsFeatured);

    /// <summary>Breadcrumbs up to the event: Home for the featured one, Home › Events › event for others.</summary>
    public IReadOnlyList<Infrastructure.Breadcrumb> Trail => IsFeatured
        ? [new(Display.T("Home"), SiteUrls.Home)]
        : [new(Display.T("Home"), SiteUrls.Home), new(Display.T("Events"), SiteUrls.Events), new(ShortTitle.Text, Url)];

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
