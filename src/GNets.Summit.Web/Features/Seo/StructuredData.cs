using System.Globalization;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Features.Events;
using GNets.Summit.Web.Features.People;
using GNets.Summit.Web.Features.Program;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.Seo;

/// <summary>
/// schema.org descriptions of pages, built from the same view models the pages render, with absolute
/// URLs from <see cref="SiteOptions.PublicBaseUrl"/>. They describe the page in its language: the names
/// are the view models' (Japanese on "/ja" pages), the URLs the page's own, and events say so in "inLanguage".
/// </summary>
public sealed class StructuredData(IOptions<SiteOptions> options)
{
    private const string Schema = "https://schema.org";
    private SiteOptions Site => options.Value;

    private string DefaultImage => Site.Absolute(SiteUrls.ShareImage);

    public EventPage Describe(EventPage page) => page with
    {
        Meta = page.Meta with { JsonLd = [.. page.Meta.JsonLd, Event(page)] },
    };

    public PersonPage Describe(PersonPage page) => page with
    {
        Meta = page.Meta with { JsonLd = [.. page.Meta.JsonLd, Person(page.Person, withContext: true)] },
    };

    public ProgramItemPage Describe(ProgramItemPage page) => page with
    {
        Meta = page.Meta with { JsonLd = [.. page.Meta.JsonLd, Session(page)] },
    };

    /// <summary>A city page names who represented the city: a Person with their title and, where the source names it, the city's government.</summary>
    public Cities.CityPage Describe(Cities.CityPage page) => page.Representatives.Count == 0 ? page : page with
    {
        Meta = page.Meta with { JsonLd = [.. page.Meta.JsonLd, .. page.Representatives.Select(r => (object)Representative(r, withContext: true))] },
    };

    /// <summary>The home page describes the network: an Organization with its meetings (each an Event at its own page).</summary>
    public Home.HomePage Describe(Home.HomePage page) => page with
    {
        Meta = page.Meta with
        {
            JsonLd =
            [
                .. page.Meta.JsonLd,
                new Dictionary<string, object?>
                {
                    ["@context"] = Schema,
                    ["@type"] = "Organization",
                    ["@id"] = Site.Absolute(SiteUrls.Home) + "#network",
                    ["name"] = "Global City Network for Sustainability",
                    ["alternateName"] = "G-NETS",
                    ["url"] = Site.Absolute(SiteUrls.Home),
                    ["description"] = page.Meta.Description,
                    ["event"] = new[] { page.LatestSummit }.Concat(page.LatestMeetings).OfType<Events.EventSummary>()
                        .Select(e => new Dictionary<string, object?>
                        {
                            ["@type"] = "Event",
                            ["name"] = e.Title.Text,
                            ["url"] = Site.Absolute(e.Url),
                            ["startDate"] = Display.IsoDate(e.StartDate),
                            ["endDate"] = Display.IsoDate(e.EndDate),
                        }).ToList(),
                },
            ],
        },
    };

    /// <summary>The page's own objects plus a BreadcrumbList when it has a trail.</summary>
    public IReadOnlyList<object> For(PageMeta meta)
    {
        if (meta.Breadcrumbs.Count == 0)
        {
            return meta.JsonLd;
        }

        var items = meta.Breadcrumbs.Append(new Breadcrumb(meta.Crumb ?? meta.Title, meta.CanonicalPath))
            .Select((crumb, index) => new Dictionary<string, object?>
            {
                ["@type"] = "ListItem",
                ["position"] = index + 1,
                ["name"] = crumb.Name,
                ["item"] = Site.Absolute(crumb.Path),
            })
            .ToList();
        return [.. meta.JsonLd, new Dictionary<string, object?> { ["@context"] = Schema, ["@type"] = "BreadcrumbList", ["itemListElement"] = items }];
    }

    private Dictionary<string, object?> Event(EventPage page)
    {
        var url = Site.Absolute(page.Meta.CanonicalPath);
        var zone = EventTime.Zone(page.Event.TimeZoneId);
        var items = page.Days.SelectMany(d => d.Items.Select(i => (Day: d.Date, Item: i))).ToList();
        var firstStart = items.Where(i => i.Day == page.StartDate && i.Item.StartsAtUtc is not null).Select(i => i.Item.StartsAtUtc!.Value).DefaultIfEmpty().Min();
        var lastEnd = items.Where(i => i.Day == page.EndDate && i.Item.EndsAtUtc is not null).Select(i => i.Item.EndsAtUtc!.Value).DefaultIfEmpty().Max();
        // A time only where the program gives one; otherwise the date alone (schema.org allows a Date),
        // never an invented midnight or 23:59.
        var start = firstStart != default ? Iso(EventTime.ToLocal(firstStart, zone)) : Display.IsoDate(page.StartDate);
        var end = lastEnd != default ? Iso(EventTime.ToLocal(lastEnd, zone)) : Display.IsoDate(page.EndDate);
        var location = Location(page.Format, page.Venue, page.OnlineUrl ?? url);

        return new Dictionary<string, object?>
        {
            ["@context"] = Schema,
            ["@type"] = "Event",
            ["@id"] = url + "#event",
            ["inLanguage"] = SiteLanguages.Current.Tag(),
            ["name"] = page.Event.Title,
            ["description"] = page.Summary,
            ["url"] = url,
            ["image"] = new[] { page.Cover is null ? DefaultImage : Site.Absolute(page.Cover.SharePath) },
            ["startDate"] = start,
            ["endDate"] = end,
            ["eventAttendanceMode"] = $"{Schema}/{AttendanceMode(page.Format)}",
            ["eventStatus"] = $"{Schema}/Event{page.Status}",
            ["location"] = location,
            ["organizer"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = page.Host, ["url"] = page.HostUrl },
            ["performer"] = page.Roster.Keynotes.Select(k => Person(k.Person, withContext: false))
                .Concat(page.Roster.Representatives.Where(r => r.Spoke && page.Roster.Keynotes.All(k => k.Person.Slug != r.Person.Slug))
                    .Select(r => Representative(r, withContext: false))).ToList(),
            ["attendee"] = page.Roster.Representatives.All(r => r.Spoke)
                ? null
                : page.Roster.Representatives.Where(r => !r.Spoke).Select(r => Representative(r, withContext: false)).ToList(),
            ["subEvent"] = items.Where(i => i.Item.Kind == ProgramItemKind.Session).Select(i => new Dictionary<string, object?>
            {
                ["@type"] = "Event",
                ["name"] = i.Item.Theme is null ? i.Item.Title : $"{i.Item.Title}: {i.Item.Theme}",
                ["url"] = Site.Absolute(page.Event.ItemUrl(i.Item.Slug)),
                ["startDate"] = i.Item.StartsAtUtc is { } s ? Iso(EventTime.ToLocal(s, zone)) : Display.IsoDate(i.Day),
                ["endDate"] = i.Item.EndsAtUtc is { } e ? Iso(EventTime.ToLocal(e, zone)) : null,
                ["eventAttendanceMode"] = $"{Schema}/{AttendanceMode(page.Format)}",
                ["eventStatus"] = $"{Schema}/Event{page.Status}",
                ["location"] = location,
                ["superEvent"] = new Dictionary<string, object?> { ["@id"] = url + "#event" },
            }).ToList(),
        };
    }

    private Dictionary<string, object?> Session(ProgramItemPage page)
    {
        var item = page.Item;
        var ld = new Dictionary<string, object?>
        {
            ["@context"] = Schema,
            ["@type"] = "Event",
            ["inLanguage"] = SiteLanguages.Current.Tag(),
            ["name"] = item.Theme is null ? item.Title : $"{item.Title}: {item.Theme}",
            ["description"] = page.Meta.Description,
            ["url"] = Site.Absolute(page.Meta.CanonicalPath),
            ["image"] = new[] { DefaultImage },
            ["startDate"] = item.Time is { } time ? Iso(time.Start) : Display.IsoDate(page.Date),
            ["endDate"] = item.Time?.End is { } end ? Iso(end) : null,
            ["eventStatus"] = $"{Schema}/EventScheduled",
            ["superEvent"] = new Dictionary<string, object?>
            {
                ["@type"] = "Event",
                ["@id"] = Site.Absolute(page.Event.Url) + "#event",
                ["name"] = page.Event.Title,
                ["url"] = Site.Absolute(page.Event.Url),
            },
            ["performer"] = item.Speakers.Select(s => s.Person).Concat(item.Moderators)
                .Where(p => page.Representatives.All(r => r.Person.Slug != p.Slug))
                .Select(p => Person(p, withContext: false))
                .Concat(page.Representatives.Where(r => r.Spoke).Select(r => Representative(r, withContext: false))).ToList(),
            ["attendee"] = page.Representatives.All(r => r.Spoke)
                ? null
                : page.Representatives.Where(r => !r.Spoke).Select(r => Representative(r, withContext: false)).ToList(),
        };

        // Held at the event's venue (and online for a hybrid event), unless the item goes elsewhere:
        // a place the program does not name is left out rather than guessed.
        if (ProgramItemPlace.IsAtTheEventVenue(item.Kind))
        {
            ld["eventAttendanceMode"] = $"{Schema}/{AttendanceMode(page.Format)}";
            ld["location"] = Location(page.Format, page.Venue, page.OnlineUrl ?? Site.Absolute(page.Event.Url));
        }

        return ld;
    }

    /// <summary>The venue's Place, a VirtualLocation, or both for a hybrid event.</summary>
    private static object Location(EventFormat format, Venue venue, string onlineUrl)
    {
        var online = new Dictionary<string, object?> { ["@type"] = "VirtualLocation", ["url"] = onlineUrl };
        return format switch
        {
            EventFormat.Online => online,
            EventFormat.Hybrid => new object[] { Place(venue), online },
            _ => Place(venue),
        };
    }

    private Dictionary<string, object?> Person(PersonCard person, bool withContext)
    {
        var ld = new Dictionary<string, object?>();
        if (withContext)
        {
            ld["@context"] = Schema;
        }

        ld["@type"] = "Person";
        ld["name"] = person.Name;
        ld["honorificPrefix"] = person.Honorific;
        ld["givenName"] = person.GivenName;
        ld["familyName"] = person.FamilyName;
        ld["jobTitle"] = person.Position;
        ld["url"] = Site.Absolute(person.Url);
        if (person.Organisation is { } organisation)
        {
            ld["affiliation"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = organisation };
        }

        if (person.PhotoKey is { } key)
        {
            ld["image"] = Site.Absolute(SiteUrls.Media(key, 640));
        }

        return ld;
    }

    /// <summary>A city's representative: their title at the event, and the city's government only where the source names it.</summary>
    private Dictionary<string, object?> Representative(Representatives.Representative rep, bool withContext)
    {
        var ld = Person(rep.Person, withContext);
        ld["jobTitle"] = rep.JobTitle;
        ld["affiliation"] = rep.Government is { } government
            ? new Dictionary<string, object?> { ["@type"] = "GovernmentOrganization", ["name"] = government }
            : null;
        return ld;
    }

    private static Dictionary<string, object?> Place(Venue venue) => new()
    {
        ["@type"] = "Place",
        ["name"] = venue.Name,
        ["address"] = new Dictionary<string, object?>
        {
            ["@type"] = "PostalAddress",
            ["streetAddress"] = venue.Street,
            ["addressLocality"] = venue.Locality,
            ["addressRegion"] = venue.Region,
            ["postalCode"] = venue.PostalCode,
            ["addressCountry"] = venue.CountryCode,
        },
    };

    private static string AttendanceMode(EventFormat format) => format switch
    {
        EventFormat.Hybrid => "MixedEventAttendanceMode",
        EventFormat.Online => "OnlineEventAttendanceMode",
        _ => "OfflineEventAttendanceMode",
    };

    private static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
