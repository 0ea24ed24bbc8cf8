using GNets.Summit.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests;

[Collection(BrowserTestGroup.Name)]
public sealed class RecordingTests(BrowserHost host)
{
    private const string OpeningCeremony = "/events/leaders-summit-2023/program/opening-ceremony";

    private static bool IsVideoHost(string url)
    {
        var hostName = new Uri(url).Host;
        return new[] { "youtube.com", "youtu.be", "youtube-nocookie.com", "ytimg.com", "googlevideo.com", "vimeo.com", "vimeocdn.com" }
            .Any(h => hostName == h || hostName.EndsWith("." + h, StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task The_player_requests_nothing_from_the_video_host_until_the_visitor_clicks_play()
    {
        await using var context = await host.NewContextAsync();
        // Nothing leaves the machine: requests to the video hosts are recorded and stopped here.
        var stopped = new List<string>();
        await context.RouteAsync(IsVideoHost, async route =>
        {
            lock (stopped)
            {
                stopped.Add(route.Request.Url);
            }

            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(OpeningCeremony);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain(requests, IsVideoHost);
        Assert.Empty(stopped);
        Assert.Equal(0, await page.Locator("iframe").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Play the recording (loads YouTube)" }).ClickAsync();

        var player = page.Locator("iframe.recording__player");
        Assert.Equal("https://www.youtube-nocookie.com/embed/Yg4DUwOym4k?autoplay=1", await player.GetAttributeAsync("src"));
        Assert.Equal("Opening ceremony: recording (YouTube player)", await player.GetAttributeAsync("title"));
        for (var i = 0; i < 50 && stopped.Count == 0; i++)
        {
            await Task.Delay(100);
        }

        lock (stopped)
        {
            Assert.NotEmpty(stopped);
            Assert.All(stopped, url => Assert.StartsWith("https://www.youtube-nocookie.com/embed/Yg4DUwOym4k", url));
        }
    }

    [BrowserFact]
    public async Task Without_JavaScript_the_play_button_is_a_link_to_the_video_on_YouTube()
    {
        await using var context = await host.NewContextAsync(390, javaScript: false);
        var page = await context.NewPageAsync();

        await page.GotoAsync(OpeningCeremony);

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Play the recording (loads YouTube)" });
        Assert.Equal("https://www.youtube.com/watch?v=Yg4DUwOym4k", await link.GetAttributeAsync("href"));
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Play the recording (loads YouTube)" }).CountAsync());
        Assert.Equal(0, await page.Locator("iframe").CountAsync());
    }
}
