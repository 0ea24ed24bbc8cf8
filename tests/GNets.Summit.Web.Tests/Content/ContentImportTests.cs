using GNets.Summit.Web.Content;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Content;

public sealed class ContentImportTests
{
    [Fact]
    public async Task The_real_content_folder_holds_every_city_of_the_seed_with_its_ways_of_taking_part()
    {
        await using var factory = new SummitFactory();
        var seed = SeedFacts.Load();

        // The seed is the 1st Leaders Summit's list; other meetings have lists of their own.
        var stored = await factory.WithStoreAsync(db => db.Participations
            .Where(p => p.Event.Slug == "leaders-summit-2023")
            .Select(p => new { p.City.Name, Mode = p.Kind.Slug }).ToListAsync());

        Assert.Equal(34, seed.AllCities.Count);
        Assert.Equal(seed.AllCities.Select(SeedFacts.Key).Order(), stored.Select(s => SeedFacts.Key(s.Name)).Distinct().Order());
        Assert.Equal(seed.AtTheVenue.Select(SeedFacts.Key).Order(), stored.Where(s => s.Mode == "venue").Select(s => SeedFacts.Key(s.Name)).Order());
        Assert.Equal(seed.Online.Select(SeedFacts.Key).Order(), stored.Where(s => s.Mode == "online").Select(s => SeedFacts.Key(s.Name)).Order());
        Assert.Equal(seed.VideoMessages.Select(SeedFacts.Key).Order(), stored.Where(s => s.Mode == "video-message").Select(s => SeedFacts.Key(s.Name)).Order());
    }

    [Fact]
    public async Task The_real_content_folder_holds_the_sessions_cities_and_the_communique_points_of_the_seed()
    {
        await using var factory = new SummitFactory();
        var seed = SeedFacts.Load();

        var sessions = await factory.WithStoreAsync(db => db.ProgramItems
            .Where(i => i.Kind == ProgramItemKind.Session)
            .Select(i => new { i.Title, Cities = i.Cities.OrderBy(c => c.SortOrder).Select(c => c.City.Name).ToList() })
            .ToListAsync());
        var sections = await factory.WithStoreAsync(db => db.CommuniqueSections.OrderBy(s => s.SortOrder).Select(s => s.BodyMarkdown).ToListAsync());

        for (var number = 1; number <= 6; number++)
        {
            Assert.Equal(seed.SessionCities(number), sessions.Single(s => s.Title == $"Session {number}").Cities);
        }

        var communique = Html.Normalise(string.Join(' ', sections));
        Assert.All(seed.CommuniquePoints, point => Assert.Contains(Html.Normalise(point), communique));
    }

    [Fact]
    public async Task Importing_the_same_content_again_changes_nothing()
    {
        await using var factory = new SummitFactory();
        var before = await Snapshot(factory);

        var report = await Import(factory, RepositoryPaths.Content);

        Assert.Equal(0, report.Added);
        Assert.Equal(0, report.Updated);
        Assert.True(report.Unchanged > 60, $"only {report.Unchanged} records were compared");
        Assert.Equal(before, await Snapshot(factory));
    }

    [Fact]
    public async Task A_restart_that_imports_again_keeps_what_staff_edited()
    {
        await using var factory = new SummitFactory();
        await factory.WithStoreAsync(async db =>
        {
            var person = await db.People.SingleAsync(p => p.Slug == "izumo-mitsuru");
            person.Position = "Founder, Euglena Co., Ltd. (edited by staff)";
            person.StaffEditedAtUtc = DateTime.UtcNow;
            await db.SaveChangesAsync();
        });

        var report = await Import(factory, RepositoryPaths.Content);

        Assert.Contains("Person 'izumo-mitsuru'", report.KeptStaffEdits);
        var position = await factory.WithStoreAsync(db => db.People.Where(p => p.Slug == "izumo-mitsuru").Select(p => p.Position).SingleAsync());
        Assert.Equal("Founder, Euglena Co., Ltd. (edited by staff)", position);
    }

    [Fact]
    public async Task A_change_in_content_updates_only_records_nobody_edited()
    {
        await using var factory = new SummitFactory();
        using var content = new TempContent();
        content.Replace("people/ishii-naoko.md", "Center for Global Commons", "Center for Global Commons (updated)");

        var report = await Import(factory, content.Root);

        Assert.Equal(1, report.Updated);
        var position = await factory.WithStoreAsync(db => db.People.Where(p => p.Slug == "ishii-naoko").Select(p => p.Position).SingleAsync());
        Assert.EndsWith("(updated)", position);
    }

    [Fact]
    public async Task A_restart_does_not_import_into_a_store_that_already_has_content()
    {
        using var shared = new TempContent();
        var database = Path.Combine(Path.GetDirectoryName(shared.Root)!, "restart.db");
        await using (var first = new SummitFactory { DatabasePath = database })
        {
            await first.WithStoreAsync(async db =>
            {
                var city = await db.Cities.SingleAsync(c => c.Slug == "tirana");
                city.Name = "Tiranë";
                await db.SaveChangesAsync();
            });
        }

        // A second host on the same file, as after a restart.
        await using var second = new SummitFactory { DatabasePath = database };
        var name = await second.WithStoreAsync(db => db.Cities.Where(c => c.Slug == "tirana").Select(c => c.Name).SingleAsync());

        Assert.Equal("Tiranë", name);
    }

    [Fact]
    public void A_value_outside_the_allowed_list_names_the_file_line_and_field()
    {
        using var content = new TempContent();
        content.Replace("cities.yml", "continent: oceania", "continent: antarctica");

        var error = Assert.Throws<ContentException>(() => Read(content));

        Assert.Equal("content/cities.yml", error.File);
        Assert.Equal(content.LineOf("cities.yml", "antarctica"), error.Line);
        Assert.Equal("continent", error.Field);
        Assert.Contains("'antarctica' is not one of: africa, americas, asia, europe, oceania", error.Message);
        Assert.StartsWith($"content/cities.yml, line {error.Line}, field 'continent'", error.Message);
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        using var content = new TempContent();
        content.Replace("people/izumo-mitsuru.md", "family_name: Izumo\n", "");

        var error = Assert.Throws<ContentException>(() => Read(content));

        Assert.Equal("content/people/izumo-mitsuru.md", error.File);
        Assert.Equal("family_name", error.Field);
        Assert.Contains("is required", error.Message);
    }

    [Fact]
    public void A_reference_to_a_city_that_does_not_exist_points_at_its_line()
    {
        using var content = new TempContent();
        content.Replace("events/leaders-summit-2023/program.yml", "[tokyo, helsinki, jakarta, rome, tirana]", "[tokyo, helsinki, jakarta, roma, tirana]");

        var error = Assert.Throws<ContentException>(() => Read(content));

        Assert.Equal("content/events/leaders-summit-2023/program.yml", error.File);
        Assert.Equal(content.LineOf("events/leaders-summit-2023/program.yml", "roma"), error.Line);
        Assert.Equal("cities", error.Field);
        Assert.Contains("'roma' is not a city in content/cities.yml", error.Message);
    }

    [Fact]
    public void Broken_YAML_is_reported_with_its_line()
    {
        using var content = new TempContent();
        content.Replace("events/leaders-summit-2023/participation.yml", "  - delhi", "  - delhi: [");

        var error = Assert.Throws<ContentException>(() => Read(content));

        Assert.Equal("content/events/leaders-summit-2023/participation.yml", error.File);
        Assert.Contains("not valid YAML", error.Message);
        Assert.True(error.Line >= content.LineOf("events/leaders-summit-2023/participation.yml", "delhi: ["));
    }

    [Fact]
    public void A_misspelt_field_is_not_silently_ignored()
    {
        using var content = new TempContent();
        content.Replace("cities.yml", "  country_code: JP", "  countrycode: JP");

        var error = Assert.Throws<ContentException>(() => Read(content));

        Assert.Equal("country_code", error.Field);
        Assert.Contains("is required", error.Message);
    }

    [Fact]
    public void A_front_matter_file_without_its_closing_line_is_named()
    {
        using var content = new TempContent();
        File.WriteAllText(content.PathOf("pages/about.md"), "---\nslug: about\ntitle: About\n\nNo closing line.");

        var error = Assert.Throws<ContentException>(() => Read(content));

        Assert.Equal("content/pages/about.md", error.File);
        Assert.Contains("no closing '---' line", error.Message);
    }

    [Fact]
    public async Task A_malformed_file_stops_start_up_with_a_message_naming_it_and_imports_nothing()
    {
        using var content = new TempContent();
        content.Replace("cities.yml", "latitude: 35.6895", "latitude: north");
        await using var factory = new SummitFactory { ContentPath = content.Root };

        var error = Assert.Throws<ContentException>(() => factory.CreateClient());

        Assert.StartsWith("content/cities.yml, line", error.Message);
        Assert.Contains("field 'latitude': 'north' is not a number", error.Message);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={factory.DatabasePath}");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Cities";
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
    }

    private static ContentSet Read(TempContent content) => ContentReader.Read(content.Root);

    private static async Task<ImportReport> Import(SummitFactory factory, string contentRoot)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(contentRoot, CancellationToken.None);
    }

    /// <summary>Every content record's slug, version and timestamp: any write would change it.</summary>
    private static Task<string> Snapshot(SummitFactory factory) => factory.WithStoreAsync(async db =>
    {
        var rows = new List<string>();
        rows.AddRange(await db.Cities.OrderBy(e => e.Id).Select(e => $"{e.Slug}:{e.Version}:{e.UpdatedAtUtc:O}").ToListAsync());
        rows.AddRange(await db.People.OrderBy(e => e.Id).Select(e => $"{e.Slug}:{e.Version}:{e.UpdatedAtUtc:O}").ToListAsync());
        rows.AddRange(await db.ProgramItems.OrderBy(e => e.Id).Select(e => $"{e.Slug}:{e.Version}:{e.UpdatedAtUtc:O}").ToListAsync());
        rows.AddRange(await db.CommuniqueSections.OrderBy(e => e.Id).Select(e => $"{e.Slug}:{e.Version}:{e.UpdatedAtUtc:O}").ToListAsync());
        rows.AddRange(await db.Participations.OrderBy(e => e.Id).Select(e => $"{e.Id}:{e.CityId}:{e.KindId}").ToListAsync());
        rows.AddRange(await db.ProgramItemCities.OrderBy(e => e.Id).Select(e => $"{e.Id}:{e.CityId}:{e.SortOrder}").ToListAsync());
        return string.Join('\n', rows);
    });
}

public sealed class ContentImportAfterStaffTests
{
    [Fact]
    public async Task Importing_again_does_not_bring_back_a_city_staff_deleted_or_the_old_slug_of_one_they_renamed()
    {
        await using var factory = new SummitFactory();
        var staff = await factory.SignInAsNewStaffAsync();
        var queensland = (await staff.GetAsync("/admin/cities?q=Queensland")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        await staff.SubmitAndFollowAsync($"{queensland}/delete", formSelector: "main form.actions");
        var nice = (await staff.GetAsync("/admin/cities?q=Nice")).QuerySelector("tbody th a")!.GetAttribute("href")!;
        await staff.SubmitAndFollowAsync(nice, new Dictionary<string, string?> { ["Form.Slug"] = "nice-cote-d-azur" });

        ImportReport report;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            report = await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(RepositoryPaths.Content, CancellationToken.None);
        }

        var slugs = await factory.WithStoreAsync(db => db.Cities.Select(c => c.Slug).ToListAsync());
        Assert.DoesNotContain("queensland", slugs);
        Assert.DoesNotContain("nice", slugs);
        Assert.Contains("nice-cote-d-azur", slugs);
        Assert.Contains("City 'queensland' (deleted or renamed by staff)", report.KeptStaffEdits);
        Assert.Equal(0, report.Added);
    }
}
