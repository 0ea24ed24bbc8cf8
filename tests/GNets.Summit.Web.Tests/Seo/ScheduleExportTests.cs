using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GNets.Summit.Web.Tests.Infrastructure;
using Json.Schema;

namespace GNets.Summit.Web.Tests.Seo;

/// <summary>The program as c3voc/frab schedule XML and JSON, valid against the formats' own schemas.</summary>
public sealed class ScheduleExportTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Xml = "/events/leaders-summit-2023/schedule.xml";
    private const string Json = "/events/leaders-summit-2023/schedule.json";

    /// <summary>Loaded once: JsonSchema.Net registers a schema by its $id globally and refuses a second one.</summary>
    private static readonly Lazy<JsonSchema> JsonScheduleSchema =
        new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.Fixture("schedule.schema.json"))));

    [Fact]
    public async Task Schedule_xml_is_valid_against_the_c3voc_XSD_and_holds_every_program_item()
    {
        using var response = await factory.CreateVisitor().GetAsync(Xml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var text = await response.Content.ReadAsStringAsync();
        var schemas = new XmlSchemaSet();
        schemas.Add(null, RepositoryPaths.Fixture("schedule.xml.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new StringReader(text), settings))
        {
            while (reader.Read())
            {
            }
        }

        Assert.True(errors.Count == 0, string.Join('\n', errors));
        var doc = XDocument.Parse(text);
        Assert.Equal("leaders_summit_2023", doc.Root!.Element("conference")!.Element("acronym")!.Value);
        Assert.Equal("Asia/Tokyo", doc.Root.Element("conference")!.Element("time_zone_name")!.Value);
        var events = doc.Descendants("event").ToList();
        Assert.Equal(ProgramTitles, events.Select(e => e.Element("title")!.Value).ToList());
        var ceremony = events.Single(e => e.Element("title")!.Value == "Opening ceremony");
        Assert.Equal("2023-02-28T09:15:00+09:00", ceremony.Element("date")!.Value);
        Assert.Equal("09:15", ceremony.Element("start")!.Value);
        Assert.Equal("00:10", ceremony.Element("duration")!.Value);
        Assert.Equal("Hilton Tokyo Shinjuku", ceremony.Element("room")!.Value);
        Assert.Equal("https://", ceremony.Element("url")!.Value[..8]);
        Assert.EndsWith("/events/leaders-summit-2023/program/opening-ceremony", ceremony.Element("url")!.Value, StringComparison.Ordinal);
        var session = events.Single(e => e.Element("title")!.Value == "Session 6");
        Assert.Equal("00:00", session.Element("start")!.Value);
        Assert.Equal("24:00", session.Element("duration")!.Value);
        Assert.Equal("Environment", session.Element("track")!.Value);
        Assert.NotEmpty(session.Element("persons")!.Elements("person"));
        Assert.Equal("Off-site", events.Single(e => e.Element("title")!.Value == "Site visit").Element("room")!.Value);
    }

    [Fact]
    public async Task Schedule_json_is_valid_against_the_c3voc_JSON_schema_and_holds_every_program_item()
    {
        using var response = await factory.CreateVisitor().GetAsync(Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var text = await response.Content.ReadAsStringAsync();
        var schema = JsonScheduleSchema.Value;
        using var json = JsonDocument.Parse(text);
        var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(result.IsValid, JsonSerializer.Serialize(result.Details?.Where(d => !d.IsValid && d.Errors is not null)
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));

        var conference = json.RootElement.GetProperty("schedule").GetProperty("conference");
        Assert.Equal("Asia/Tokyo", conference.GetProperty("time_zone_name").GetString());
        var events = conference.GetProperty("days").EnumerateArray()
            .SelectMany(d => d.GetProperty("rooms").EnumerateObject().SelectMany(r => r.Value.EnumerateArray()))
            .OrderBy(e => e.GetProperty("id").GetInt32())
            .ToList();
        Assert.Equal(ProgramTitles, events.Select(e => e.GetProperty("title").GetString()!).ToList());
        var ceremony = events.Single(e => e.GetProperty("title").GetString() == "Opening ceremony");
        Assert.Equal("2023-02-28T09:15:00+09:00", ceremony.GetProperty("date").GetString());
        Assert.Equal("09:15", ceremony.GetProperty("start").GetString());
        Assert.Equal("00:10", ceremony.GetProperty("duration").GetString());
        Assert.Equal(
            events.Select(e => e.GetProperty("guid").GetString()).Distinct().Count(), events.Count);
    }

    [Fact]
    public async Task Guids_are_the_same_in_both_formats_and_on_every_export()
    {
        var client = factory.CreateVisitor();
        var xml = XDocument.Parse(await client.GetStringAsync(Xml)).Descendants("event").Select(e => e.Attribute("guid")!.Value).ToList();
        using var json = JsonDocument.Parse(await client.GetStringAsync(Json));
        var fromJson = json.RootElement.GetProperty("schedule").GetProperty("conference").GetProperty("days").EnumerateArray()
            .SelectMany(d => d.GetProperty("rooms").EnumerateObject().SelectMany(r => r.Value.EnumerateArray()))
            .Select(e => e.GetProperty("guid").GetString()!).ToList();

        Assert.Equal(xml.Order(), fromJson.Order());
        Assert.Equal(Web.Features.Schedule.ScheduleQueries.Uuid5("event:leaders-summit-2023:item:opening-ceremony").ToString(),
            XDocument.Parse(await client.GetStringAsync(Xml)).Descendants("event")
                .Single(e => e.Element("title")!.Value == "Opening ceremony").Attribute("guid")!.Value);
    }

    [Fact]
    public async Task The_validators_are_not_vacuous_a_document_missing_a_required_field_fails()
    {
        var client = factory.CreateVisitor();
        var xmlText = await client.GetStringAsync(Xml);
        var jsonText = await client.GetStringAsync(Json);

        var doc = XDocument.Parse(xmlText);
        doc.Descendants("event").First().Element("duration")!.Remove();
        var schemas = new XmlSchemaSet();
        schemas.Add(null, RepositoryPaths.Fixture("schedule.xml.xsd"));
        Assert.Throws<XmlSchemaValidationException>(() => doc.Validate(schemas, null));

        var node = System.Text.Json.Nodes.JsonNode.Parse(jsonText)!;
        node["schedule"]!["conference"]!.AsObject().Remove("acronym");
        var schema = JsonScheduleSchema.Value;
        using var broken = JsonDocument.Parse(node.ToJsonString());
        Assert.False(schema.Evaluate(broken.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid);
    }

    [Theory]
    [InlineData("/events/no-such-event/schedule.xml")]
    [InlineData("/events/no-such-event/schedule.json")]
    public async Task An_unknown_event_has_no_schedule(string path)
    {
        using var response = await factory.CreateVisitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Xml)]
    [InlineData(Json)]
    public async Task The_exports_carry_an_ETag_and_Last_Modified_and_answer_304_and_HEAD(string path)
    {
        var client = factory.CreateVisitor();
        using var first = await client.GetAsync(path);
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);

        using var byEtag = new HttpRequestMessage(HttpMethod.Get, path);
        byEtag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(byEtag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_program_page_links_to_both_exports()
    {
        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program");

        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains(Xml, links);
        Assert.Contains(Json, links);
    }

    /// <summary>The 2023 program, in order.</summary>
    private static readonly List<string> ProgramTitles =
    [
        "Site visit", "Opening ceremony", "Keynote lecture", "Video message from cities", "Session 1", "Session 2",
        "Session 3", "Session 4", "Session 5", "Session 6", "Plenary Session", "Announcement of communiqué",
    ];
}
