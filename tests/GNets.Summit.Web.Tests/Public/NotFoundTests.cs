using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class NotFoundTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Theory]
    [InlineData("/cities/atlantis")]
    [InlineData("/people/nobody")]
    [InlineData("/events/leaders-summit-1999")]
    [InlineData("/events/leaders-summit-2023/program/session-99")]
    [InlineData("/events/no-such-event/cities")]
    [InlineData("/events/no-such-event/program")]
    [InlineData("/events/no-such-event/people")]
    [InlineData("/events/no-such-event/communique")]
    [InlineData("/no-such-page")]
    [InlineData("/a/b/c/d")]
    public async Task Unknown_addresses_answer_404_with_a_friendly_page(string url)
    {
        var page = await factory.CreateVisitor().GetPageAsync(url, HttpStatusCode.NotFound);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextOf());
        Assert.Contains("/events/leaders-summit-2023/program", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }
}
