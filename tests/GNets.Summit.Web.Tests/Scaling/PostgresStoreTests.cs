using System.Net;
using System.Xml.Linq;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// The site on PostgreSQL (Store:Provider=Postgres) behaves as on SQLite: one database made and filled by the
/// start-up, the same pages, search, editing and staff accounts. Compared with the same content on SQLite.
/// </summary>
public sealed class PostgresStoreTests(PostgresStoreTests.Stores stores) : IClassFixture<PostgresStoreTests.Stores>
{
    /// <summary>Both stores for the class; IAsyncLifetime, so xUnit awaits the disposal that drops the test database.</summary>
    public sealed class Stores : IAsyncLifetime
    {
        public PostgresSummitFactory Postgres { get; } = new();

        public SummitFactory Sqlite { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync()
        {
            await Postgres.DisposeAsync();
            await Sqlite.DisposeAsync();
        }
    }

    private PostgresSummitFactory Postgres => stores.Postgres;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<List<string>> SitemapPathsAsync(SummitFactory factory) =>
        XDocument.Parse(await factory.CreateVisitor().GetStringAsync("/sitemap.xml")).Root!.Elements(Ns + "url")
            .Select(u => u.Element(Ns + "loc")!.Value.Replace(SummitFactory.PublicBaseUrl, "", StringComparison.Ordinal)).ToList();

    private static Task<int[]> CountsAsync(SummitFactory factory) => factory.WithStoreAsync(async db => new[]
    {
        await db.Events.CountAsync(), await db.Cities.CountAsync(), await db.People.CountAsync(),
        await db.ProgramItems.CountAsync(), await db.Pages.CountAsync(), await db.NewsPosts.CountAsync(),
    });

    private static async Task<string> EditUrlAsync(Browser staff, string list, string query) =>
        (await staff.GetAsync($"{list}?q={Uri.EscapeDataString(query)}")).QuerySelector("tbody th a")!.GetAttribute("href")!;

    [PostgresFact]
    public async Task The_start_up_makes_the_database_applies_every_PostgreSQL_migration_and_imports_the_same_content_as_on_SQLite()
    {
        var (provider, all, applied) = await Postgres.WithStoreAsync(async db =>
            (db.Database.ProviderName, db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList()));

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", provider);
        Assert.Contains(all, id => id.EndsWith("_PostgresInitialSchema", StringComparison.Ordinal));
        Assert.Equal(all, applied);
        Assert.Equal((long)all.Count, await Postgres.QueryAsync<long>("SELECT count(*) FROM \"__EFMigrationsHistory\""));
        var counts = await CountsAsync(Postgres);
        Assert.All(counts, count => Assert.True(count > 0));
        Assert.Equal(await CountsAsync(stores.Sqlite), counts);
    }

    [PostgresFact]
    public async Task Every_sitemap_address_of_both_languages_answers_200_and_the_sitemap_is_the_one_of_SQLite()
    {
        var paths = await SitemapPathsAsync(Postgres);

        Assert.Contains("/ja", paths);
        Assert.Contains("/ja/cities/tokyo", paths);
        Assert.Equal(await SitemapPathsAsync(stores.Sqlite), paths);
        var client = Postgres.CreateVisitor();
        var failed = new List<string>();
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failed.Add($"{path} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(failed.Count == 0, string.Join("; ", failed));
        Assert.True(paths.Count > 300, $"{paths.Count} sitemap addresses");
    }

    [PostgresFact]
    public async Task Search_finds_a_city_in_English_and_in_Japanese()
    {
        var visitor = Postgres.CreateVisitor();

        var english = await visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString("Tokyo"));
        var japanese = await visitor.GetPageAsync("/ja/search?q=" + Uri.EscapeDataString("東京"));

        Assert.Contains("/cities/tokyo", english.QuerySelectorAll("#results-city ~ ol a").Select(a => a.GetAttribute("href")));
        Assert.Contains("/ja/cities/tokyo", japanese.QuerySelectorAll("#results-city ~ ol a").Select(a => a.GetAttribute("href")));
    }

    [PostgresFact]
    public async Task A_staff_edit_is_saved_and_shown_and_a_stale_form_is_refused_as_a_conflict()
    {
        var first = await Postgres.SignInAsNewStaffAsync();
        var second = await Postgres.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(first, "/admin/cities", "Nice");
        var firstForm = await first.GetAsync(edit);
        var staleForm = await second.GetAsync(edit);

        using (var saved = await first.SubmitAsync(firstForm, new Dictionary<string, string?> { ["Form.Country"] = "France (saved on PostgreSQL)" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        using var conflict = await second.SubmitAsync(staleForm, new Dictionary<string, string?> { ["Form.Country"] = "France (stale)" });

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("saved this city after you opened it", Html.Parse(await conflict.Content.ReadAsStringAsync()).QuerySelector(".error-summary")!.TextOf());
        Assert.Equal("France (saved on PostgreSQL)", (await Postgres.CreateVisitor().GetPageAsync("/cities/nice")).QuerySelector(".lead")!.TextOf());
        var (country, updates) = await Postgres.WithStoreAsync(async db => (
            (await db.Cities.SingleAsync(c => c.Slug == "nice")).Country,
            await db.Revisions.CountAsync(r => r.Kind == ContentKind.City && r.Action == RevisionAction.Edited && r.Label.Contains("Nice"))));
        Assert.Equal("France (saved on PostgreSQL)", country);
        Assert.Equal(1, updates);
    }

    [PostgresFact]
    public async Task Staff_accounts_created_at_once_with_one_address_give_one_account_and_clear_refusals()
    {
        var email = $"twice-{Guid.NewGuid():N}@example.org";

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async i =>
        {
            await using var scope = Postgres.Services.CreateAsyncScope();
            var (result, _) = await scope.ServiceProvider.GetRequiredService<StaffAccountService>()
                .CreateAsync(email, $"Twin {i}", StaffRoles.Editor, StaffAccounts.Password, actor: "tests");
            return result;
        }));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Contains("DuplicateEmail", r.Errors.Select(e => e.Code)));
        Assert.Equal(1, await Postgres.WithStoreAsync(db => db.Users.CountAsync(u => u.Email == email)));
        await Postgres.SignInAsync(email);
    }

    [PostgresFact]
    public async Task The_backups_page_sends_an_administrator_to_pg_dump_instead_of_offering_a_SQLite_backup()
    {
        var admin = await Postgres.SignInAsNewStaffAsync(StaffRoles.Admin);

        var page = await admin.GetAsync("/admin/backups");

        Assert.Contains("back it up with pg_dump", page.GetElementById("backups-not-available")!.TextOf());
        Assert.Null(page.QuerySelector("main form[action='/admin/backups']"));
    }
}
