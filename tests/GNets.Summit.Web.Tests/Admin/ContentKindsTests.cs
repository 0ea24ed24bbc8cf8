using System.Text.RegularExpressions;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GNets.Summit.Web.Tests.Admin;

/// <summary>Each kind of content is described once, and each type has a file of its own.</summary>
public sealed class ContentKindsTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    [Fact]
    public void Every_kind_of_content_is_described_exactly_once()
    {
        var described = ContentKinds.All.Select(k => k.Kind).ToList();

        Assert.Equal(described.Distinct().Count(), described.Count);
        Assert.Equal(Enum.GetValues<ContentKind>().Order(), described.Order());
    }

    [Fact]
    public void Every_stored_content_type_belongs_to_a_kind_so_saving_it_clears_cached_pages()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var contentTypes = db.Model.GetEntityTypes().Select(t => t.ClrType)
            .Where(t => t.IsSubclassOf(typeof(ContentEntity)) && !t.IsAbstract).ToList();

        Assert.NotEmpty(contentTypes);
        Assert.All(contentTypes, type => Assert.Contains(ContentKinds.All, kind => kind.Entities.Contains(type)));
        Assert.True(ContentKinds.IsPublic(new SlugRedirect()));
        Assert.False(ContentKinds.IsPublic(new Revision()));
    }

    [Fact]
    public async Task The_dashboard_counts_every_kind_that_says_it_is_counted()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        var tiles = (await staff.GetAsync("/admin")).QuerySelectorAll(".tiles a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(ContentKinds.All.Where(k => k.Count is not null).Select(k => k.AdminPath), tiles);
    }

    [Fact]
    public void Only_kinds_with_a_page_of_their_own_leave_redirects_when_renamed()
    {
        Assert.True(SlugRedirects.HasAddress(ContentKind.City));
        Assert.True(SlugRedirects.HasAddress(ContentKind.ProgramItem));
        Assert.True(SlugRedirects.HasAddress(ContentKind.News));
        Assert.False(SlugRedirects.HasAddress(ContentKind.CommuniqueSection));
        Assert.False(SlugRedirects.HasAddress(ContentKind.Image));
    }

    [Fact]
    public async Task The_public_path_each_kind_gives_for_a_records_slug_is_a_page_that_exists()
    {
        var visitor = factory.CreateVisitor();
        foreach (var kind in ContentKinds.All.Where(k => k.PublicPath is not null))
        {
            string? slug;
            using (var scope = factory.Services.CreateScope())
            {
                slug = await kind.CurrentSlug!(scope.ServiceProvider.GetRequiredService<SummitDbContext>(), 1, CancellationToken.None);
            }

            Assert.False(string.IsNullOrEmpty(slug), $"no {kind.Singular} with id 1");
            using var response = await visitor.GetAsync(kind.PublicPath!(slug!));
            // Every event's overview is at its own address, the featured one's too.
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK,
                $"{kind.PublicPath!(slug!)} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void Every_admin_controller_and_editor_lives_in_a_file_named_after_it()
    {
        var admin = Path.Combine(RepositoryPaths.Root, "src", "GNets.Summit.Web", "Areas", "Admin");
        var misplaced = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(admin, "Controllers"), "*.cs")
                     .Concat(Directory.EnumerateFiles(Path.Combine(admin, "Editors"), "*.cs")))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var classes = Regex.Matches(File.ReadAllText(file), @"^public (?:sealed |abstract |static )*class (\w+)", RegexOptions.Multiline)
                .Select(m => m.Groups[1].Value)
                .Where(c => c.EndsWith("Controller", StringComparison.Ordinal) || c.EndsWith("Editor", StringComparison.Ordinal));
            misplaced.AddRange(classes
                .Where(c => c != name && !(Families.TryGetValue(name, out var members) && members.Contains(c)))
                .Select(c => $"{c} in {name}.cs"));
        }

        Assert.Empty(misplaced);
    }

    /// <summary>Files that hold a family of small editors on purpose, named for the family.</summary>
    private static readonly Dictionary<string, string[]> Families = new(StringComparer.Ordinal)
    {
        ["CommuniqueEditors"] = ["CommuniqueEditor", "CommuniqueSectionEditor"],
        ["ProgramStructureEditors"] = ["ThemeEditor", "ProgramDayEditor"],
    };
}
