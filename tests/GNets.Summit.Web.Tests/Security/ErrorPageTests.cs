using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace GNets.Summit.Web.Tests.Security;

public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_server_error_shows_a_request_id_that_is_in_the_log_and_no_details_of_the_failure()
    {
        await using var factory = new SummitFactory();
        var visitor = factory.CreateVisitor();
        // Break the store underneath the site, as a corrupted or half-migrated database would.
        await factory.WithStoreAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Pages"));

        using var response = await visitor.GetAsync("/accessibility");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = Html.Parse(html);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.TextOf());
        var requestId = page.QuerySelector("main code")!.TextOf();
        Assert.NotEmpty(requestId);
        Assert.DoesNotContain("SqliteException", html);
        Assert.DoesNotContain("no such table", html);
        Assert.DoesNotContain(" at GNets.", html);
        Assert.Contains(factory.Logs.Messages(LogEventLevel.Error), m => m.Contains(requestId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Healthz_reports_a_healthy_store_and_then_a_broken_one_with_503()
    {
        await using var factory = new SummitFactory();
        var client = factory.CreateVisitor();

        using var healthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
        Assert.StartsWith("Healthy", await healthy.Content.ReadAsStringAsync());

        await factory.WithStoreAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Events"));
        using var broken = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
        Assert.StartsWith("Unhealthy", await broken.Content.ReadAsStringAsync());
    }
}
