using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Public;

public sealed class FreshDataTests
{
    [Fact]
    public async Task An_edit_made_through_the_DbContext_shows_on_the_next_request_even_after_the_page_was_cached()
    {
        await using var factory = new SummitFactory();
        var client = factory.CreateVisitor();
        var before = await client.GetPageAsync("/people/izumo-mitsuru");
        Assert.Equal("Founder and President of Euglena Co., Ltd.", before.QuerySelector(".profile .lead")!.TextOf());
        await client.GetPageAsync("/people/izumo-mitsuru");

        await factory.WithStoreAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Slug == "izumo-mitsuru");
            person.Position = "Founder and Chief Executive of Euglena Co., Ltd.";
            await db.SaveChangesAsync();
        });

        var after = await client.GetPageAsync("/people/izumo-mitsuru");
        Assert.Equal("Founder and Chief Executive of Euglena Co., Ltd.", after.QuerySelector(".profile .lead")!.TextOf());
        var home = await client.GetPageAsync("/events/leaders-summit-2023");
        Assert.Contains("Founder and Chief Executive of Euglena Co., Ltd.", home.Section("keynotes-heading").TextOf());
    }
}
