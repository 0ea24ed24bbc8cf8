namespace GNets.Summit.Web.BrowserTests.Infrastructure;

/// <summary>
/// Whether a browser test may run here. A test marked <see cref="BrowserFactAttribute"/> or
/// <see cref="BrowserTheoryAttribute"/> is reported skipped, with the reason, where Chromium is
/// missing; with REQUIRE_BROWSER=1 (CI) it is not skipped, so the missing browser fails it instead.
/// </summary>
public static class BrowserRequirement
{
    public static string? SkipReason(string? missingReason, string? requireBrowser) =>
        missingReason is not null && requireBrowser != "1" ? missingReason : null;

    public static string? SkipReasonHere() =>
        SkipReason(BrowserHost.MissingReason, Environment.GetEnvironmentVariable("REQUIRE_BROWSER"));
}

/// <summary>A browser test: skips itself where Chromium is missing (see <see cref="BrowserRequirement"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = BrowserRequirement.SkipReasonHere()!;
}

/// <summary>A browser theory: skips itself where Chromium is missing (see <see cref="BrowserRequirement"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserRequirement.SkipReasonHere()!;
}
