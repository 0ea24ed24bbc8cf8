using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class CommuniquePageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Url = "/events/leaders-summit-2023/communique";

    [Fact]
    public async Task Has_the_three_themed_sections_in_the_seeds_order_between_summary_and_closing()
    {
        var seed = SeedFacts.Load();
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var headings = page.QuerySelectorAll(".communique__section h2").Select(h => h.FirstChild!.TextContent.Trim()).ToList();
        Assert.Equal(["Summary", .. seed.CommuniqueHeadings, "Closing"], headings);
    }

    [Fact]
    public async Task Every_point_of_the_seed_is_on_the_page_word_for_word()
    {
        var seed = SeedFacts.Load();
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var points = page.QuerySelectorAll(".communique__section li").Select(li => li.TextOf()).ToList();
        Assert.Equal(seed.CommuniquePoints.Select(Html.Normalise), points);
    }

    [Fact]
    public async Task Each_section_has_an_anchor_listed_in_the_contents()
    {
        var page = await factory.CreateVisitor().GetPageAsync(Url);

        var ids = page.QuerySelectorAll(".communique__section").Select(s => "#" + s.Id).ToList();
        Assert.Equal(ids, page.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")));
        Assert.Contains("#response-to-environmental-issues", ids);
    }

    [Fact]
    public async Task Its_stylesheet_has_print_rules_that_hide_the_navigation()
    {
        var client = factory.CreateVisitor();
        var page = await client.GetPageAsync(Url);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var css = await client.GetStringAsync(stylesheet);

        var print = css[css.IndexOf("@media print", StringComparison.Ordinal)..];
        Assert.Contains(".site-header", print);
        Assert.Contains("display: none", print);
    }
}
