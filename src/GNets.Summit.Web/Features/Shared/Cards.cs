using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>A person as lists and links show them: name, position, photo or initials.</summary>
public sealed record PersonCard(
    string Slug, string? Honorific, string GivenName, string FamilyName, NameOrder NameOrder,
    string Position, string? Organisation, string? PhotoKey, string? PhotoAlt)
{
    public string Name => PersonName.Display(GivenName, FamilyName, NameOrder);
    public string FullName => PersonName.WithHonorific(Honorific, GivenName, FamilyName, NameOrder);
    public string Initials => PersonName.Initials(GivenName, FamilyName, NameOrder);
    public string Url => $"/people/{Slug}";
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
    public string Url => $"/cities/{Slug}";
}

/// <summary>The event a page belongs to, for headings, breadcrumbs and links.</summary>
public sealed record EventHeader(string Slug, string Title, string ShortTitle, string TimeZoneId, string TimeZoneName, bool IsFeatured)
{
    /// <summary>The featured event's overview is the home page.</summary>
    public string Url => IsFeatured ? "/" : $"/events/{Slug}";

    /// <summary>Breadcrumbs up to the event: Home for the featured one, Home › Events › event for others.</summary>
    public IReadOnlyList<Infrastructure.Breadcrumb> Trail => IsFeatured
        ? [new("Home", "/")]
        : [new("Home", "/"), new("Events", "/events"), new(ShortTitle, Url)];

    public string ProgramUrl => $"/events/{Slug}/program";
    public string CitiesUrl => $"/events/{Slug}/cities";
    public string PeopleUrl => $"/events/{Slug}/people";
    public string CommuniqueUrl => $"/events/{Slug}/communique";
    public string ItemUrl(string itemSlug) => $"/events/{Slug}/program/{itemSlug}";
}

/// <summary>What a person's card in a list shows besides the person: how they appeared, the themes and sessions they moderated.</summary>
public sealed record PersonCardView(PersonCard Person, AppearanceMode? Appearance, IReadOnlyList<string> Themes, IReadOnlyList<LinkView> Sessions)
{
    public static PersonCardView Keynote(PersonCard person, AppearanceMode appearance) => new(person, appearance, [], []);
}

public sealed record LinkView(string Url, string Title);
