using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// What is known of an event's list of cities, for the pages that show the list: how many it names,
/// how many the host reports when the list is incomplete or missing (<c>Event.ReportedCityCount</c>),
/// a note saying what is missing (<c>Event.ParticipationNote</c>, Markdown) and the host's page.
/// </summary>
public sealed record ParticipationNoteView(int Listed, int? Reported, Localized? Note, string? SourceUrl)
{
    public static readonly ParticipationNoteView None = new(0, null, null, null);

    public static ParticipationNoteView Of(int listed, int? reported, string? note, string? noteJa, string? sourceUrl) =>
        new(listed, reported, note is null && noteJa is null ? null : Localized.Pick(note ?? "", noteJa), sourceUrl);

    /// <summary>The list names fewer cities than the host reports (or none at all).</summary>
    public bool IsIncomplete => Reported is { } reported && reported > Listed;

    /// <summary>The number to show as "how many cities": the host's count when the list is incomplete.</summary>
    public int CityCount => Reported is { } reported && reported > Listed ? reported : Listed;

    public bool HasAnything => Note is not null || IsIncomplete;
}
