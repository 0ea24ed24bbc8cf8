using GNets.Summit.Web.BrowserTests.Infrastructure;

namespace GNets.Summit.Web.BrowserTests;

/// <summary>The server-drawn world map in Chromium: on a phone, with no request to anyone else, and axe clean.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MapTests(BrowserHost host)
{
    [BrowserFact]
    public async Task The_map_fits_a_phone_asks_no_third_party_for_anything_and_passes_axe()
    {
        await using var context = await host.NewContextAsync(390);
        var problems = new List<string>();
        var origin = new Uri(host.BaseUrl).GetLeftPart(UriPartial.Authority);

        foreach (var path in new[] { "/", "/events/leaders-summit-2023/cities", "/cities/tokyo", "/events/leaders-summit-2023/program/session-1" })
        {
            var page = await context.NewPageAsync();
            var requests = new List<string>();
            page.Request += (_, request) => requests.Add(request.Url);
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

            if (!requests.Any(u => u.EndsWith(".css", StringComparison.Ordinal) || u.Contains(".css?", StringComparison.Ordinal)))
            {
                problems.Add($"{path}: no request was seen at all, so none to anyone else proves nothing");
            }

            problems.AddRange(requests.Where(u => !u.StartsWith(origin, StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal))
                .Select(u => $"{path}: requested {u}"));
            problems.AddRange((await page.AxeViolationsAsync()).Select(v => $"{path}: {v}"));
            var map = await page.EvaluateAsync<double[]>("""
                () => { const r = document.querySelector('figure.map svg').getBoundingClientRect(); return [r.left, r.right, r.width]; }
                """);
            if (map[0] < 0 || map[1] > 390 || map[2] < 250)
            {
                problems.Add($"{path}: the map spans {map[0]:0}–{map[1]:0}px of a 390px window");
            }

            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
