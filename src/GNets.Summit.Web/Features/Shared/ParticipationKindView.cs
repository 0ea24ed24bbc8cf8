using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// A way a city took part (a row of ParticipationKinds), as pages show it. Records compare by value,
/// so lists of kinds can be grouped and made distinct; order them by <see cref="SortOrder"/>.
/// </summary>
public sealed record ParticipationKindView(string Slug, int SortOrder, string NameEn, string? NameJa, string PhraseEn, string? PhraseJa)
{
    /// <summary>A list's label: "At the venue", 「会場参加」.</summary>
    public Localized Name => Localized.Pick(NameEn, NameJa);

    /// <summary>After "took part": "at the venue", "as a presenter"; 「会場で参加」.</summary>
    public Localized Phrase => Localized.Pick(PhraseEn, PhraseJa);

    /// <summary>
    /// The shape and colour the kind is drawn with on maps and tags ("m0" … "m4": circle, square,
    /// triangle, diamond, ring), by its place in the order; a sixth kind reuses the first shape.
    /// </summary>
    public string Mark => "m" + (((SortOrder % Marks) + Marks) % Marks).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How many distinct marks the map's defs draw (see _MapMarks).</summary>
    public const int Marks = 5;

    /// <summary>An id fragment for the kind's list on a cities page ("mode-venue").</summary>
    public string Anchor => "mode-" + Slug;
}
