using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// Where a program item takes place, from its kind. Items are held at the event's venue (and online,
/// for a hybrid event); a site visit goes somewhere else, and the program names no place for it, so
/// it carries no location at all rather than the venue's (in calendars and for search engines).
/// </summary>
public static class ProgramItemPlace
{
    public static bool IsAtTheEventVenue(ProgramItemKind kind) => kind != ProgramItemKind.SiteVisit;
}
