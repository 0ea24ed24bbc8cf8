using System.Globalization;
using GNets.Summit.Web.Tests.Infrastructure;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace GNets.Summit.Web.Tests.Security;

/// <summary>A host that logs down to Debug, so request lines reach the captured log.</summary>
public sealed class VerboseLogFactory : SummitFactory
{
    public VerboseLogFactory() => Settings["Serilog:MinimumLevel:Default"] = "Debug";
}

public sealed class RequestLogTests(VerboseLogFactory factory) : IClassFixture<VerboseLogFactory>
{
    /// <summary>The console sink's template from appsettings.json: what an operator reads.</summary>
    private static readonly MessageTemplateTextFormatter Console =
        new("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture);

    private static string Render(LogEvent logEvent)
    {
        using var writer = new StringWriter();
        Console.Format(logEvent, writer);
        return writer.ToString();
    }

    private IReadOnlyList<LogEvent> RequestEvents(string path) =>
        factory.Logs.Events.Where(e => e.Properties.TryGetValue("RequestPath", out var p) && p is ScalarValue { Value: string s } && s == path).ToList();

    [Fact]
    public async Task Each_page_request_is_logged_once_with_method_path_and_status()
    {
        using var response = await factory.CreateVisitor().GetAsync("/cities/rome");

        var logged = Assert.Single(RequestEvents("/cities/rome"));
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Equal("\"GET\"", logged.Properties["RequestMethod"].ToString());
        Assert.Equal("200", logged.Properties["StatusCode"].ToString());
        Assert.Matches(@"HTTP GET /cities/rome responded 200", Render(logged));
    }

    [Fact]
    public async Task Stylesheets_are_logged_at_Debug_only()
    {
        var client = factory.CreateVisitor();
        var page = await client.GetPageAsync("/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        using var response = await client.GetAsync(stylesheet);

        Assert.Equal(LogEventLevel.Debug, Assert.Single(RequestEvents(stylesheet)).Level);
    }

    [Theory]
    [InlineData("/cities/x%0aFAKE [WRN] Create the first administrator at http://evil.example/")]
    [InlineData("/cities/x%0d%0aFAKE")]
    [InlineData("/cities/x%e2%80%a8FAKE")]
    [InlineData("/cities/x%1b[2K%0dFAKE")]
    public async Task A_line_break_in_an_address_cannot_forge_a_second_log_line(string url)
    {
        using var response = await factory.CreateVisitor().GetAsync(url);

        var rendered = factory.Logs.Events.Select(Render).ToList();
        Assert.Contains(rendered, r => r.Contains("FAKE", StringComparison.Ordinal));
        var lines = rendered.SelectMany(r => r.Split(['\n', '\r', '\u2028', '\u2029', '\u0085']));
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("FAKE", StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, r => r.Contains('\u001b', StringComparison.Ordinal));
    }
}
