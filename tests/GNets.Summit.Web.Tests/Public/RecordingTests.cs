using System.Net;
using AngleSharp.Dom;
using GNets.Summit.Web.Content;
using GNets.Summit.Web.Features.Shared;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Public;

public sealed class RecordingTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private const string OpeningCeremony = "/events/leaders-summit-2023/program/opening-ceremony";
    private static readonly string[] VideoHosts = ["youtube", "youtu.be", "vimeo"];

    [Fact]
    public async Task The_opening_ceremony_shows_a_poster_and_a_link_to_its_recording_on_YouTube()
    {
        var page = await factory.CreateVisitor().GetPageAsync(OpeningCeremony);

        var recording = page.Section("recording-heading");
        Assert.NotNull(recording.QuerySelector(".recording__poster"));
        var play = recording.QuerySelector("a.recording__play")!;
        Assert.Equal("Play the recording (loads YouTube)", play.TextOf());
        Assert.Equal("https://www.youtube.com/watch?v=Yg4DUwOym4k", play.GetAttribute("href"));
        Assert.Equal("https://www.youtube-nocookie.com/embed/Yg4DUwOym4k?autoplay=1", play.GetAttribute("data-embed"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/recording.'][defer]"));
    }

    [Fact]
    public async Task Nothing_on_the_page_loads_from_the_video_host_before_the_visitor_asks()
    {
        var page = await factory.CreateVisitor().GetPageAsync(OpeningCeremony);

        Assert.Empty(page.QuerySelectorAll("iframe"));
        var loading = page.All
            .SelectMany(e => e.Attributes.Where(a => a.Name is "src" or "srcset" or "poster" or "data" || (e.LocalName == "link" && a.Name == "href"))
                .Select(a => $"<{e.LocalName} {a.Name}=\"{a.Value}\">"))
            .Where(a => VideoHosts.Any(h => a.Contains(h, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        Assert.Empty(loading);
    }

    [Fact]
    public async Task The_opening_ceremony_ran_from_9_15_to_9_25_Japan_time_and_no_other_item_has_a_time()
    {
        var program = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program");

        var timed = program.QuerySelectorAll(".entry").Where(e => e.QuerySelector(".entry__time") is not null).ToList();
        var opening = Assert.Single(timed);
        Assert.Equal("Opening ceremony", opening.QuerySelector(".entry__title")!.TextOf());
        Assert.StartsWith("09:15–09:25 JST", opening.QuerySelector(".entry__time")!.TextOf());
    }

    [Fact]
    public async Task The_program_marks_the_item_with_a_recording()
    {
        var program = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program");

        IElement Entry(string title) => program.QuerySelectorAll(".entry").Single(e => e.QuerySelector(".entry__title")!.TextOf() == title);
        Assert.Equal("Recording", Entry("Opening ceremony").QuerySelector(".tag--recording")!.TextOf());
        Assert.Null(Entry("Keynote lecture").QuerySelector(".tag--recording"));
        Assert.Null(Entry("Session 1").QuerySelector(".tag--recording"));
    }

    [Fact]
    public async Task Frames_may_come_only_from_the_YouTube_privacy_host_and_the_Vimeo_player()
    {
        using var response = await factory.CreateVisitor().GetAsync(OpeningCeremony);

        var csp = string.Join(",", response.Headers.GetValues("Content-Security-Policy"));
        var frameSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("frame-src ", StringComparison.Ordinal));
        Assert.Equal(["https://player.vimeo.com", "https://www.youtube-nocookie.com"], frameSrc.Split(' ').Skip(1).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self';", csp);
    }

    [Theory]
    [InlineData("https://youtu.be/Yg4DUwOym4k", VideoHost.YouTube, "Yg4DUwOym4k")]
    [InlineData("https://www.youtube.com/watch?v=Yg4DUwOym4k&t=30s", VideoHost.YouTube, "Yg4DUwOym4k")]
    [InlineData("https://youtube.com/embed/Yg4DUwOym4k", VideoHost.YouTube, "Yg4DUwOym4k")]
    [InlineData("https://www.youtube-nocookie.com/embed/Yg4DUwOym4k?autoplay=1", VideoHost.YouTube, "Yg4DUwOym4k")]
    [InlineData("https://vimeo.com/76979871", VideoHost.Vimeo, "76979871")]
    [InlineData("https://player.vimeo.com/video/76979871", VideoHost.Vimeo, "76979871")]
    public void YouTube_and_Vimeo_addresses_are_read_down_to_the_video_id(string address, VideoHost host, string id)
    {
        Assert.True(Recording.TryParse(address, out var recording, out var error), error);
        Assert.Equal(new Recording(host, id), recording);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "is not a web address")]
    [InlineData("https://evil.example/watch?v=x", "only be on YouTube or Vimeo, not evil.example")]
    [InlineData("https://www.youtube.com/watch?v=x", "does not name a YouTube video")]
    [InlineData("https://vimeo.com/channels/staffpicks", "does not name a Vimeo video")]
    [InlineData("youtube.com/watch?v=Yg4DUwOym4k", "is not a web address")]
    [InlineData("https://www.youtube.com.evil.example/watch?v=Yg4DUwOym4k", "only be on YouTube or Vimeo")]
    public void Other_hosts_scripts_and_malformed_addresses_are_refused_with_a_reason(string address, string reason)
    {
        Assert.False(Recording.TryParse(address, out var recording, out var error));
        Assert.Null(recording);
        Assert.Contains(reason, error);
    }

    [Theory]
    [InlineData("javascript:alert(1)", "is not a web address")]
    [InlineData("https://evil.example/watch?v=x", "Recordings can only be on YouTube or Vimeo, not evil.example")]
    [InlineData("https://youtu.be/", "does not name a YouTube video")]
    public async Task Staff_cannot_save_a_recording_that_is_not_a_YouTube_or_Vimeo_video(string address, string message)
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = (await staff.GetAsync("/admin/program-items?q=Site%20visit")).QuerySelector("tbody th a")!.GetAttribute("href")!;

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.VideoUrl"] = address });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, Browser.ErrorsIn(await response.Content.ReadAsStringAsync()));
        Assert.Empty((await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/site-visit")).QuerySelectorAll(".recording"));
    }

    [Fact]
    public async Task A_Vimeo_address_staff_save_becomes_a_player_for_that_video()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        // Other meetings have plenaries too: the row of the 2023 summit's.
        var edit = (await staff.GetAsync("/admin/program-items?q=Plenary")).QuerySelectorAll("tbody tr")
            .First(tr => tr.TextOf().Contains("Leaders Summit 2023", StringComparison.Ordinal)).QuerySelector("th a")!.GetAttribute("href")!;

        await staff.SubmitAndFollowAsync(edit, new Dictionary<string, string?> { ["Form.VideoUrl"] = "https://player.vimeo.com/video/76979871" });

        var page = await factory.CreateVisitor().GetPageAsync("/events/leaders-summit-2023/program/plenary-session");
        var play = page.QuerySelector("a.recording__play")!;
        Assert.Equal("https://vimeo.com/76979871", play.GetAttribute("href"));
        Assert.Equal("https://player.vimeo.com/video/76979871?autoplay=1", play.GetAttribute("data-embed"));
        Assert.Contains("(loads Vimeo)", play.TextOf());
    }

    [Fact]
    public void Content_with_a_recording_elsewhere_names_the_file_and_the_field()
    {
        using var content = new TempContent();
        content.Replace("events/leaders-summit-2023/program.yml", "video_url: https://youtu.be/Yg4DUwOym4k", "video_url: https://evil.example/watch?v=x");

        var error = Assert.Throws<ContentException>(() => ContentReader.Read(content.Root));

        Assert.Equal("content/events/leaders-summit-2023/program.yml", error.File);
        Assert.Equal("video_url", error.Field);
        Assert.Contains("Recordings can only be on YouTube or Vimeo, not evil.example", error.Message);
    }
}
