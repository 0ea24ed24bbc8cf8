using System.Reflection;
using GNets.Summit.Web.BrowserTests.Infrastructure;

namespace GNets.Summit.Web.BrowserTests;

/// <summary>The browser tests skip by themselves; none has to remember a call.</summary>
public sealed class BrowserRequirementTests
{
    private const string Missing = "Chromium is not installed";

    [Fact]
    public void Without_Chromium_a_browser_test_is_skipped_with_the_reason()
    {
        Assert.Equal(Missing, BrowserRequirement.SkipReason(Missing, requireBrowser: null));
        Assert.Equal(Missing, BrowserRequirement.SkipReason(Missing, requireBrowser: "0"));
    }

    [Fact]
    public void With_REQUIRE_BROWSER_a_missing_Chromium_is_not_skipped_so_the_test_fails()
    {
        Assert.Null(BrowserRequirement.SkipReason(Missing, requireBrowser: "1"));
    }

    [Fact]
    public void With_Chromium_no_browser_test_is_skipped()
    {
        Assert.Null(BrowserRequirement.SkipReason(missingReason: null, requireBrowser: null));
    }

    [Fact]
    public void Every_test_that_uses_the_browser_is_marked_to_skip_itself_without_Chromium()
    {
        var browserClasses = typeof(BrowserHost).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<CollectionAttribute>().Any()
                        || t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(BrowserHost))));
        var unmarked = browserClasses
            .SelectMany(t => t.GetMethods().Select(m => (Type: t, Method: m)))
            .Where(x => x.Method.GetCustomAttributes<FactAttribute>().Any())
            .Where(x => !x.Method.GetCustomAttributes().Any(a => a is BrowserFactAttribute or BrowserTheoryAttribute))
            .Select(x => $"{x.Type.Name}.{x.Method.Name}")
            .ToList();

        Assert.NotEmpty(browserClasses);
        Assert.True(unmarked.Count == 0, "Marked [Fact]/[Theory] instead of [BrowserFact]/[BrowserTheory]: " + string.Join(", ", unmarked));
    }
}
