using GNets.Summit.Web.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class LocalTimeTests(BrowserHost host)
{
    private async Task GiveTheOpeningCeremonyATimeAsync()
    {
        // 00:30–01:00 on February 28 in Tokyo is still February 27 in Europe and America. Other meetings
        // have an opening ceremony too: this is the 1st Leaders Summit's.
        await host.Factory.WithStoreAsync(async db =>
        {
            var item = await db.ProgramItems.SingleAsync(i => i.Slug == "opening-ceremony" && i.Event.Slug == "leaders-summit-2023");
            item.StartsAtUtc = new DateTime(2023, 2, 27, 15, 30, 0, DateTimeKind.Utc);
            item.EndsAtUtc = new DateTime(2023, 2, 27, 16, 0, 0, DateTimeKind.Utc);
            await db.SaveChangesAsync();
        });
    }

    [BrowserTheory]
    [InlineData("Europe/London", "Your time: Mon, Feb 27, 15:30–16:00 GMT")]
    [InlineData("America/Los_Angeles", "Your time: Mon, Feb 27, 07:30–08:00 PST")]
    [InlineData("Asia/Kolkata", "Your time: Mon, Feb 27, 21:00–21:30 GMT+5:30")]
    public async Task A_visitor_in_another_zone_sees_the_time_in_theirs_with_the_date_when_it_differs(string zone, string expected)
    {
        await GiveTheOpeningCeremonyATimeAsync();
        await using var context = await host.NewContextAsync(timeZone: zone);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/events/leaders-summit-2023/program/opening-ceremony");

        var time = page.Locator(".entry__time");
        Assert.StartsWith("00:30–01:00 JST", (await time.InnerTextAsync()).Trim());
        Assert.Equal(expected, await time.Locator(".local-time").InnerTextAsync());
    }

    [BrowserFact]
    public async Task A_visitor_in_Tokyo_sees_only_Japan_Standard_Time()
    {
        await GiveTheOpeningCeremonyATimeAsync();
        await using var context = await host.NewContextAsync(timeZone: "Asia/Tokyo");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/events/leaders-summit-2023/program");

        Assert.Equal(0, await page.Locator(".local-time").CountAsync());
        Assert.Contains("00:30–01:00 JST", await page.Locator(".entry--ceremony .entry__time").InnerTextAsync());
    }
}
