using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>News posts written, renamed, unpublished and deleted in the admin, and what visitors see of each step.</summary>
public sealed class NewsEditingTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static Dictionary<string, string?> Post(string title, string body) => new()
    {
        ["Form.Title"] = title,
        ["Form.PublishedOn"] = "2025-05-20",
        ["Form.Summary"] = "A post written in a test.",
        ["Form.BodyMarkdown"] = body,
    };

    private static async Task<List<string>> FeedIdsAsync(HttpClient visitor, string path)
    {
        using var reader = XmlReader.Create(new StringReader(await visitor.GetStringAsync(path)));
        return SyndicationFeed.Load(reader).Items.Select(i => i.Id).ToList();
    }

    [Fact]
    public async Task A_post_created_in_the_admin_shows_on_the_list_its_page_the_feed_and_search_in_both_languages()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var visitor = factory.CreateVisitor();
        var changes = Post("Quokka exchange announced", "Staff met to talk about **quokkas**.");
        changes["Form.TitleJa"] = "クオッカ交流を発表";
        changes["Form.Slug"] = "quokka-exchange";
        await staff.SubmitAndFollowAsync("/admin/news/new", changes);

        Assert.Contains("/news/quokka-exchange", (await visitor.GetPageAsync("/news")).QuerySelectorAll(".card h2 a").Select(a => a.GetAttribute("href")));
        var page = await visitor.GetPageAsync("/news/quokka-exchange");
        Assert.Equal("Quokka exchange announced", page.QuerySelector("h1")!.TextOf());
        Assert.Equal("quokkas", page.QuerySelector("article strong")!.TextOf());
        Assert.Equal("May 20, 2025", page.QuerySelector("article time")!.TextOf());

        var japanese = await visitor.GetPageAsync("/ja/news/quokka-exchange");
        Assert.Equal("クオッカ交流を発表", japanese.QuerySelector("h1")!.TextOf());
        // No Japanese text yet: the English is shown, marked as English.
        Assert.NotNull(japanese.QuerySelector("article div[lang=en] strong"));

        Assert.Contains(SummitFactory.PublicBaseUrl + "/news/quokka-exchange", await FeedIdsAsync(visitor, "/news.atom"));
        Assert.Contains(SummitFactory.PublicBaseUrl + "/ja/news/quokka-exchange", await FeedIdsAsync(visitor, "/ja/news.atom"));
        Assert.Contains("/news/quokka-exchange", (await visitor.GetPageAsync("/search?q=quokkas")).QuerySelectorAll("#results-news ~ ol a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/ja/news/quokka-exchange", (await visitor.GetPageAsync("/ja/search?q=" + Uri.EscapeDataString("クオッカ"))).QuerySelectorAll("#results-news ~ ol a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_post_about_an_event_is_listed_on_the_events_page_and_its_renamed_slug_redirects()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var visitor = factory.CreateVisitor();
        var form = await staff.GetAsync("/admin/news/new");
        var eventId = form.QuerySelectorAll("select[name='Form.EventId'] option").Single(o => o.TextOf() == "Leaders Summit 2023").GetAttribute("value");
        var changes = Post("Wombat workshop held", "Cities compared notes on wombats.");
        changes["Form.EventId"] = eventId;
        var created = await staff.SubmitAndFollowAsync("/admin/news/new", changes);

        var home = await visitor.GetPageAsync("/events/leaders-summit-2023");
        Assert.Contains("/news/wombat-workshop-held", home.Section("event-news-heading").QuerySelectorAll("a").Select(a => a.GetAttribute("href")));

        await staff.SubmitAndFollowAsync(created, new Dictionary<string, string?> { ["Form.Slug"] = "wombat-workshop" });
        using var old = await visitor.GetAsync("/news/wombat-workshop-held");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/news/wombat-workshop", old.Headers.Location!.OriginalString);

        var history = await staff.GetAsync($"{created}/history");
        Assert.True(history.QuerySelectorAll("tbody tr").Length >= 2);
    }

    [Fact]
    public async Task Unpublishing_a_post_hides_it_at_once_and_deleting_it_is_recorded()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var visitor = factory.CreateVisitor();
        var created = await staff.SubmitAndFollowAsync("/admin/news/new", Post("Numbat note", "About numbats."));
        await visitor.GetPageAsync("/news/numbat-note");

        await staff.SubmitAndFollowAsync(created, new Dictionary<string, string?> { ["Form.IsPublished"] = null });
        await visitor.GetPageAsync("/news/numbat-note", HttpStatusCode.NotFound);
        Assert.DoesNotContain("numbat-note", await visitor.GetStringAsync("/news"), StringComparison.Ordinal);
        Assert.DoesNotContain("numbat-note", await visitor.GetStringAsync("/news.atom"), StringComparison.Ordinal);
        // Staff still have it, marked as a draft.
        var row = (await staff.GetAsync("/admin/news?q=Numbat")).QuerySelector("tbody tr")!;
        Assert.Contains("Draft", row.TextOf(), StringComparison.Ordinal);

        Assert.Equal("/admin/news", await staff.SubmitAndFollowAsync($"{created}/delete", formSelector: "main form.actions"));
        Assert.Contains("Numbat note", (await staff.GetAsync("/admin/audit")).QuerySelector("main")!.TextOf(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.Title", "", "Enter the post's title.")]
    [InlineData("Form.PublishedOn", "2025-13-45", "Date")]
    [InlineData("Form.PublishedOn", "", "Enter the date the post is dated by.")]
    [InlineData("Form.EventId", "999999", "Choose an event that exists, or none.")]
    [InlineData("Form.Slug", "Not A Slug!", "cannot be used in an address")]
    [InlineData("Form.BodyMarkdown", "", "Enter the post's text.")]
    public async Task Bad_form_values_are_refused_with_a_message_and_nothing_is_saved(string field, string value, string message)
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var changes = Post("Echidna evening", "About echidnas.");
        changes[field] = value;

        using var response = await staff.SubmitAsync("/admin/news/new", changes);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, Browser.ErrorsIn(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await factory.CreateVisitor().GetPageAsync("/news/echidna-evening", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_news_form_pairs_each_english_text_with_its_japanese()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        var form = await staff.GetAsync("/admin/news/new");

        foreach (var name in new[] { "Title", "Summary", "BodyMarkdown", "ImageAlt" })
        {
            Assert.NotNull(form.QuerySelector($"[name='Form.{name}']"));
            Assert.NotNull(form.QuerySelector($"[name='Form.{name}Ja']"));
        }

        Assert.NotNull(form.QuerySelector("input[type=file][name='Form.ImageUpload']"));
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name='Form.IsPublished'][checked]"));
    }
}
