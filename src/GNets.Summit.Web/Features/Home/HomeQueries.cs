using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Cities;
using GNets.Summit.Web.Features.Events;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Home;

/// <summary>
/// The network's home page: what G-NETS is, its latest leaders' summit, its latest meetings, its
/// cities on a map. Which summit is the latest is computed (the newest of its kind), never configured.
/// </summary>
public sealed record HomePage(
    EventSummary? LatestSummit,
    EventSummary? FirstCommunique,
    IReadOnlyList<EventSummary> LatestMeetings,
    int MeetingCount,
    int CityCount,
    int ContinentCount,
    IReadOnlyList<Map.MapCity> Map,
    PageMeta Meta) : IHasPageMeta
{
    /// <summary>How many of the latest meetings the home page lists; the timeline has them all.</summary>
    public const int LatestCount = 4;
}

public sealed class HomeQueries(EventQueries events, CityQueries cities)
{
    /// <summary>Two queries: every meeting (small), every city with its meetings.</summary>
    public async Task<HomePage> LoadAsync(CancellationToken ct)
    {
        var (meetings, eventsModified) = await events.SummariesAsync(ct);
        var (network, citiesModified) = await cities.NetworkAsync(ct);
        var summits = meetings.Where(m => m.Kind == EventKind.LeadersSummit).ToList();
        var latest = summits.FirstOrDefault();
        var tookPart = network.Where(c => c.Meetings > 0).ToList();
        var description = Display.T("G-NETS, the Global City Network for Sustainability: cities sharing what they know about common urban problems, as leaders, senior officials and staff.");
        return new HomePage(
            latest,
            summits.LastOrDefault(s => s.HasCommunique),
            meetings.Where(m => m != latest).Take(HomePage.LatestCount).ToList(),
            meetings.Count,
            tookPart.Count,
            tookPart.Select(c => c.Continent).Distinct().Count(),
            tookPart.Select(c => c.ToMap()).ToList(),
            new PageMeta(Display.T("G-NETS: Global City Network for Sustainability"), description, SiteUrls.Home)
            {
                Section = "home",
                LastModifiedUtc = new[] { eventsModified, citiesModified }.Max(),
            });
    }
}
