using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Tests.Public;

public sealed class FooterAndNoticesTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string Host = "https://www.metro.tokyo.lg.jp/english/";

    [Theory]
    [InlineData("/")]
    [InlineData("/cities/tokyo")]
    [InlineData("/accessibility")]
    public async Task Every_footer_links_the_privacy_notice_and_the_host_and_carries_the_copyright(string path)
    {
        var footer = (await factory.CreateVisitor().GetPageAsync(path)).QuerySelector(".site-footer")!;

        Assert.Contains("/privacy", footer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/accessibility", footer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var host = footer.QuerySelectorAll("a").Single(a => a.GetAttribute("href") == Host);
        Assert.Equal("Tokyo Metropolitan Government", host.TextOf());
        Assert.Equal("© Tokyo Metropolitan Government", footer.QuerySelector(".site-footer__copyright")!.TextOf());
    }

    [Fact]
    public async Task Without_a_contact_address_no_address_is_shown_and_the_statement_points_to_the_host()
    {
        var client = factory.CreateVisitor();
        var home = await client.GetPageAsync("/");
        var accessibility = await client.GetPageAsync("/accessibility");

        Assert.Null(home.QuerySelector(".site-footer__contact"));
        Assert.Empty(accessibility.QuerySelectorAll("a[href^='mailto:']"));
        var report = accessibility.QuerySelector("main .prose")!;
        Assert.Contains("Report a problem", report.Texts("h2, h3"));
        Assert.Contains(Host, report.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList());
        Assert.DoesNotContain("{{contact}}", report.TextOf(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_contact_address_set_the_footer_and_both_notices_offer_it()
    {
        await using var site = new SummitFactory();
        site.Settings["Site:ContactEmail"] = "secretariat@summit.test";
        var client = site.CreateVisitor();

        foreach (var path in new[] { "/", "/accessibility", "/privacy" })
        {
            var page = await client.GetPageAsync(path);
            Assert.Equal("secretariat@summit.test", page.QuerySelector(".site-footer__contact a")!.TextOf());
            Assert.Equal("mailto:secretariat@summit.test", page.QuerySelector(".site-footer__contact a")!.GetAttribute("href"));
            if (path != "/")
            {
                Assert.Contains("mailto:secretariat@summit.test", page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")));
            }
        }
    }

    [Theory]
    [InlineData("secretariat")]
    [InlineData("secretariat@summit.test?subject=hello")]
    [InlineData("Secretariat <secretariat@summit.test>")]
    [InlineData("a@summit.test, b@summit.test")]
    public async Task A_contact_setting_that_is_not_one_plain_address_stops_start_up_with_a_message(string value)
    {
        await using var site = new SummitFactory();
        site.Settings["Site:ContactEmail"] = value;

        var error = Assert.ThrowsAny<Exception>(() => site.CreateVisitor());

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException
            ?? throw new Xunit.Sdk.XunitException($"Expected an options validation error, got {error}");
        Assert.Contains("Site:ContactEmail", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_accessibility_statement_claims_only_what_is_true_of_the_site()
    {
        var text = (await factory.CreateVisitor().GetPageAsync("/accessibility")).QuerySelector("main")!.TextOf();
        var anyPhoto = await factory.WithStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.People, p => p.PhotoId != null));

        // Staff saves go live at once: nothing is checked "before it is published".
        Assert.DoesNotContain("before it is published", text, StringComparison.Ordinal);
        Assert.Contains("as soon as they are saved", text, StringComparison.Ordinal);
        Assert.False(anyPhoto);
        Assert.Contains("no photographs of people", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_notice_is_true_public_pages_set_no_cookie()
    {
        var client = factory.CreateVisitor();
        var privacy = (await client.GetPageAsync("/privacy")).QuerySelector("main")!.TextOf();
        Assert.Contains("No cookies for visitors.", privacy, StringComparison.Ordinal);
        Assert.Contains("No analytics", privacy, StringComparison.Ordinal);

        foreach (var path in new[] { "/", "/privacy", "/accessibility", "/events/leaders-summit-2023/program", "/cities/tokyo", "/people/izumo-mitsuru" })
        {
            using var response = await client.GetAsync(path);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets a cookie: {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var v) ? v : [])}");
        }
    }
}
