namespace GNets.Summit.Web.Data.Entities;

public enum NameOrder
{
    /// <summary>"Michael Bloomberg", "Mari Christine".</summary>
    GivenFamily = 0,
    /// <summary>Japanese names as the summit writes them: "IZUMO Mitsuru".</summary>
    FamilyGiven = 1,
}

/// <summary>A speaker, moderator or guest. Shared across events; roles come from the program.</summary>
public sealed class Person : ContentEntity
{
    public string Slug { get; set; } = "";
    public string? Honorific { get; set; }
    public string? HonorificJa { get; set; }
    public string GivenName { get; set; } = "";
    public string FamilyName { get; set; } = "";
    /// <summary>The whole name as written in Japanese (小池 百合子, マイケル・ブルームバーグ): Japanese has its own order and script.</summary>
    public string? NameJa { get; set; }
    public NameOrder NameOrder { get; set; }
    /// <summary>The position as the summit wrote it, shown verbatim.</summary>
    public string Position { get; set; } = "";
    public string? PositionJa { get; set; }
    /// <summary>The organisation the person is with now, alone (schema.org affiliation); empty for a former post.</summary>
    public string? Organisation { get; set; }
    public string? OrganisationJa { get; set; }
    public string BioMarkdown { get; set; } = "";
    public string? BioMarkdownJa { get; set; }
    public int? PhotoId { get; set; }
    public MediaImage? Photo { get; set; }
    public string? PhotoAlt { get; set; }
    public string? PhotoAltJa { get; set; }

    public List<ProgramItemPerson> Appearances { get; set; } = [];
}
