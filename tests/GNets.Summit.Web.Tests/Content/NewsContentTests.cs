using GNets.Summit.Web.Content;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Tests.Content;

/// <summary>content/news/&lt;slug&gt;.md and its Japanese sidecar, read and imported like the other content.</summary>
public sealed class NewsContentTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public void Every_post_names_its_source_and_has_a_Japanese_draft()
    {
        var news = ContentReader.Read(RepositoryPaths.Content).News;

        Assert.InRange(news.Count, 3, 5);
        Assert.All(news, post =>
        {
            Assert.Contains("Source", post.BodyMarkdown, StringComparison.Ordinal);
            Assert.Contains("https://", post.BodyMarkdown, StringComparison.Ordinal);
            Assert.NotNull(post.Ja);
            Assert.Equal(TranslationStatus.Draft, post.Ja!.Status);
            Assert.Contains("出典", post.Ja.BodyMarkdown, StringComparison.Ordinal);
        });
        Assert.Equal("leaders-summit-2023", news.Single(n => n.Slug == "communique-2023-announced").EventSlug);
        Assert.Equal(new DateOnly(2023, 3, 1), news.Single(n => n.Slug == "communique-2023-announced").Date);
    }

    [Fact]
    public async Task The_posts_are_imported_with_their_Japanese_and_their_event()
    {
        var post = await factory.WithStoreAsync(db => db.NewsPosts.Include(p => p.Event).SingleAsync(p => p.Slug == "communique-2023-announced"));

        Assert.True(post.IsPublished);
        Assert.Equal("leaders-summit-2023", post.Event!.Slug);
        Assert.StartsWith("第1回G-NETS首長級会議が閉幕", post.TitleJa, StringComparison.Ordinal);
        Assert.Equal(TranslationStatus.Draft, post.JaStatus);
    }

    [Fact]
    public void A_post_about_an_event_that_does_not_exist_stops_the_import_naming_the_file_line_and_field()
    {
        using var content = new TempContent();
        content.Replace("news/communique-2023-announced.md", "event: leaders-summit-2023", "event: leaders-summit-2099");

        var error = Assert.Throws<ContentException>(() => ContentReader.Read(content.Root));

        Assert.Equal("content/news/communique-2023-announced.md", error.File);
        Assert.Equal(content.LineOf("news/communique-2023-announced.md", "leaders-summit-2099"), error.Line);
        Assert.Equal("event", error.Field);
        Assert.Contains("'leaders-summit-2099' is not an event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_without_a_date_stops_the_import_naming_the_field()
    {
        using var content = new TempContent();
        content.Replace("news/water-site-visit-2024.md", "date: 2024-12-06\n", "");

        var error = Assert.Throws<ContentException>(() => ContentReader.Read(content.Root));

        Assert.Equal("content/news/water-site-visit-2024.md", error.File);
        Assert.Equal("date", error.Field);
    }
}
