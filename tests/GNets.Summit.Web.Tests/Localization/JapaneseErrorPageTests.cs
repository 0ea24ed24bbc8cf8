using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Serilog.Events;

namespace GNets.Summit.Web.Tests.Localization;

public sealed class JapaneseErrorPageTests
{
    [Fact]
    public async Task A_server_error_on_a_Japanese_page_is_explained_in_Japanese_and_logged_with_the_address_asked_for()
    {
        await using var factory = new SummitFactory();
        // Break the store underneath the site, as a corrupted or half-migrated database would.
        await factory.WithStoreAsync(db => db.Database.ExecuteSqlRawAsync("DROP TABLE Pages"));

        using var response = await factory.CreateVisitor().GetAsync("/ja/accessibility");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ja", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("エラーが発生しました", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("/accessibility", page.QuerySelector("a.lang-switch")!.GetAttribute("href"));
        Assert.Contains(factory.Logs.Messages(LogEventLevel.Error), m => m.Contains("/ja/accessibility", StringComparison.Ordinal));
    }
}
