using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>Staff can read the whole admin in Japanese: a switch in the header, kept in a cookie only the admin sees.</summary>
public sealed partial class AdminLanguageTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static async Task<HttpResponseMessage> ChooseAsync(Browser browser, string page, string language) =>
        await browser.SubmitAsync(page, formSelector: "form.admin-language", submitter: $"button[value={language}]");

    private static async Task ChooseAndFollowAsync(Browser browser, string page, string language)
    {
        using var response = await ChooseAsync(browser, page, language);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(page, response.Headers.Location!.OriginalString);
    }

    private static string Lang(IDocument page) => page.DocumentElement.GetAttribute("lang")!;

    private static string MainText(IDocument page) => page.QuerySelector("main")!.TextOf();

    private static string Whole(IDocument page) => page.Body!.TextOf();

    private static void IsJapanese(IDocument page, string[] japanese, string[] english)
    {
        Assert.Equal("ja", Lang(page));
        var text = Whole(page);
        foreach (var word in japanese)
        {
            Assert.Contains(word, text);
        }

        foreach (var word in english)
        {
            Assert.DoesNotContain(word, text);
        }
    }

    [Fact]
    public async Task Choosing_japanese_makes_the_dashboard_a_list_a_refused_form_and_the_audit_log_japanese_until_english_is_chosen_again()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        await ChooseAndFollowAsync(staff, "/admin", "ja");

        var dashboard = await staff.GetAsync("/admin");
        IsJapanese(dashboard, ["ダッシュボード", "最近の変更", "サインアウト", "コンテンツ"], ["Dashboard", "Recent changes", "Sign out", "Skip to main content", "Audit log"]);
        Assert.Equal("English", dashboard.QuerySelector("form.admin-language button")!.TextOf());
        Assert.Equal("en", dashboard.QuerySelector("form.admin-language button")!.GetAttribute("lang"));

        var cities = await staff.GetAsync("/admin/cities");
        IsJapanese(cities, ["新しい都市", "検索", "適用", "アジア"], ["New city", "Search", "Apply", "Continent", "Asia"]);

        var edit = cities.QuerySelectorAll("tbody th a").First(a => a.TextOf() == "Tirana").GetAttribute("href")!;
        using var refused = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.Name"] = "", ["Form.Latitude"] = "north" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var form = Html.Parse(await refused.Content.ReadAsStringAsync());
        IsJapanese(form, ["入力内容に問題があります", "都市名を入力してください。", "「north」は緯度として正しくありません。", "緯度", "保存"],
            ["There is a problem", "Enter the city's name.", "is not a valid value", "Latitude", "Save", "Cancel"]);

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.Latitude"] = "41.33" });
        var audit = await staff.GetAsync("/admin/audit");
        IsJapanese(audit, ["監査ログ", "担当者", "都市を編集", "緯度"], ["Audit log", "Everything", "Edited city", "Latitude", "Japan Standard Time"]);
        Assert.Matches(JapaneseStaffTime(), audit.QuerySelector("tbody time")!.TextOf());

        await ChooseAndFollowAsync(staff, "/admin/audit", "en");
        var english = await staff.GetAsync("/admin/audit");
        Assert.Equal("en", Lang(english));
        Assert.Contains("Audit log", Whole(english));
        Assert.Contains("Edited city", MainText(english));
        Assert.EndsWith("(Japan Standard Time)", english.QuerySelector("tbody time")!.TextOf());
        Assert.DoesNotContain("監査ログ", Whole(english));
    }

    [Fact]
    public async Task A_confirmation_page_says_in_japanese_why_a_record_cannot_be_deleted_yet()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        await ChooseAndFollowAsync(staff, "/admin", "ja");
        var cities = await staff.GetAsync("/admin/cities?q=Tokyo");
        var edit = cities.QuerySelectorAll("tbody th a").First(a => a.TextOf() == "Tokyo").GetAttribute("href")!;

        var confirm = await staff.GetAsync($"{edit}/delete");

        IsJapanese(confirm, ["都市「Tokyo」を削除しますか？", "まだ削除できません", "先にそのプログラム項目から外してください。"],
            ["Delete city", "It cannot be deleted yet", "Remove it from that program item first", "Back to"]);
    }

    [Fact]
    public async Task The_sign_in_page_and_its_refusal_read_in_japanese_before_anyone_signs_in()
    {
        var visitor = new Browser(factory.CreateVisitor());
        await ChooseAndFollowAsync(visitor, "/admin/sign-in", "ja");

        var page = await visitor.GetAsync("/admin/sign-in");
        IsJapanese(page, ["サインイン", "メールアドレス", "パスワード"], ["Sign in", "E-mail address", "Forgotten your password"]);

        using var refused = await visitor.SubmitAsync(page, new Dictionary<string, string?> { ["Email"] = "nobody@example.org", ["Password"] = "not the password" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        IsJapanese(Html.Parse(await refused.Content.ReadAsStringAsync()), ["メールアドレスまたはパスワードが正しくありません。"], ["is not right"]);
    }

    [Fact]
    public async Task The_choice_is_a_cookie_for_the_admin_only_and_public_pages_stay_in_the_language_of_their_address()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        using var chosen = await ChooseAsync(staff, "/admin", "ja");

        var cookie = chosen.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AdminLanguage.CookieName + "=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("=ja;", cookie);
        Assert.Contains("path=/admin", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("secure", cookie);

        var home = await staff.GetAsync("/");
        Assert.Equal("en", Lang(home));
        Assert.DoesNotContain("ダッシュボード", Whole(home));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("JA")]
    [InlineData("")]
    public async Task A_language_that_is_not_offered_is_refused(string language)
    {
        var visitor = new Browser(factory.CreateVisitor());
        using var response = await visitor.SubmitAsync("/admin/sign-in", new Dictionary<string, string?> { ["language"] = language }, formSelector: "form.admin-language");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AdminLanguage.CookieName, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_switch_without_an_antiforgery_token_is_refused()
    {
        var visitor = new Browser(factory.CreateVisitor());
        using var response = await visitor.Client.PostAsync(AdminLanguage.SwitchPath,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "ja", ["returnUrl"] = "/admin/sign-in" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("en", Lang(await visitor.GetAsync("/admin/sign-in")));
    }

    [Theory]
    [InlineData("https://evil.example/admin")]
    [InlineData("//evil.example/admin")]
    [InlineData("/cities/tokyo")]
    public async Task The_switch_only_returns_to_a_staff_page(string returnUrl)
    {
        var visitor = new Browser(factory.CreateVisitor());
        using var response = await visitor.SubmitAsync("/admin/sign-in", new Dictionary<string, string?> { ["returnUrl"] = returnUrl },
            formSelector: "form.admin-language", submitter: "button[value=ja]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_too_long_value_on_a_japanese_form_is_refused_in_japanese_while_english_keeps_dotnets_words()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/pages?q=Accessibility")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        var tooLong = new Dictionary<string, string?> { ["Form.Title"] = new string('x', 201) };

        using (var english = await staff.SubmitAsync(edit, tooLong))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, english.StatusCode);
            Assert.Contains("The field Title must be a string with a maximum length of 200.", Browser.ErrorsIn(await english.Content.ReadAsStringAsync()));
        }

        await ChooseAndFollowAsync(staff, "/admin", "ja");
        using var japanese = await staff.SubmitAsync(edit, tooLong);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, japanese.StatusCode);
        var errors = Browser.ErrorsIn(await japanese.Content.ReadAsStringAsync());
        Assert.Contains("タイトルは200文字以内で入力してください。", errors);
        Assert.DoesNotContain("maximum length", errors);
    }

    [Fact]
    public async Task A_too_short_staff_password_is_refused_in_japanese_when_staff_read_japanese_and_in_identitys_english_otherwise()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<StaffUser>>();
        var user = new StaffUser { UserName = "short@example.org", Email = "short@example.org" };

        async Task<string> RefusalIn(string culture)
        {
            var before = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
            try
            {
                var result = await users.PasswordValidators.First().ValidateAsync(users, user, "short");
                return Assert.Single(result.Errors).Description;
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = before;
            }
        }

        Assert.Equal("パスワードは12文字以上にしてください。", await RefusalIn("ja"));
        Assert.Equal("Passwords must be at least 12 characters.", await RefusalIn("en"));
    }

    /// <summary>"2026年11月29日（日）18:30（日本時間）".</summary>
    [GeneratedRegex(@"^\d{4}年\d{1,2}月\d{1,2}日（[日月火水木金土]）\d{1,2}:\d{2}（日本時間）$")]
    private static partial Regex JapaneseStaffTime();
}
