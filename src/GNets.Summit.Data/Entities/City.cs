namespace GNets.Summit.Web.Data.Entities;

/// <summary>Continents as the summit counts them ("34 cities on five continents").</summary>
public enum Continent
{
    Africa = 0,
    Americas = 1,
    Asia = 2,
    Europe = 3,
    Oceania = 4,
}

public enum CityKind
{
    City = 0,
    /// <summary>A state or regional government that is a network member, e.g. Queensland.</summary>
    State = 1,
}

/// <summary>A member of the network. Shared across events; how it took part belongs to <see cref="Participation"/>.</summary>
public sealed class City : ContentEntity
{
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NameJa { get; set; }
    public string Country { get; set; } = "";
    public string? CountryJa { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string CountryCode { get; set; } = "";
    public Continent Continent { get; set; }
    public CityKind Kind { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    public List<Participation> Participations { get; set; } = [];
}

/// <summary>
/// A way a city can take part in a meeting: at the venue, online, by video message, as a presenter,
/// in the audience, … Kept as data (content/participation-kinds.yml), so a new way needs no code.
/// </summary>
public sealed class ParticipationKind : ContentEntity
{
    public string Slug { get; set; } = "";

    /// <summary>The label of a list of cities: "At the venue", 「会場参加」.</summary>
    public string Name { get; set; } = "";
    public string? NameJa { get; set; }

    /// <summary>How it reads after "took part": "at the venue", "as a presenter"; 「会場で参加」.</summary>
    public string Phrase { get; set; } = "";
    public string? PhraseJa { get; set; }

    /// <summary>Lists and legends show the kinds in this order.</summary>
    public int SortOrder { get; set; }

    public List<Participation> Participations { get; set; } = [];
}

/// <summary>One way a city took part in an event; a city may have several (Rome: venue and online).</summary>
public sealed class Participation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public Event Event { get; set; } = null!;
    public int CityId { get; set; }
    public City City { get; set; } = null!;
    public int KindId { get; set; }
    public ParticipationKind Kind { get; set; } = null!;
}
