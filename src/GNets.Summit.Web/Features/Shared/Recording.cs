using System.Text.RegularExpressions;

namespace GNets.Summit.Web.Features.Shared;

public enum VideoHost
{
    YouTube = 0,
    Vimeo = 1,
}

/// <summary>
/// A program item's recording on YouTube or Vimeo, from any of the addresses those hosts hand out
/// (youtube.com/watch?v=ID, youtu.be/ID, youtube.com/embed/ID, youtube-nocookie.com/embed/ID,
/// vimeo.com/ID, player.vimeo.com/video/ID). The store keeps <see cref="WatchUrl"/>; the page embeds
/// <see cref="EmbedUrl"/> only after the visitor asks for it (the CSP frame-src allows just those two hosts).
/// </summary>
public sealed partial record Recording(VideoHost Host, string Id)
{
    /// <summary>The hosts a recording may be embedded from: the CSP's frame-src, and nothing else.</summary>
    public static readonly IReadOnlyList<string> EmbedOrigins = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

    public const string Accepted = "a YouTube address (youtube.com/watch?v=…, youtu.be/…) or a Vimeo address (vimeo.com/…)";

    public string HostName => Host == VideoHost.YouTube ? "YouTube" : "Vimeo";

    /// <summary>The page of the video on its host: the link without JavaScript, and what the store keeps.</summary>
    public string WatchUrl => Host == VideoHost.YouTube ? $"https://www.youtube.com/watch?v={Id}" : $"https://vimeo.com/{Id}";

    /// <summary>The player, loaded on click only: YouTube's privacy-enhanced host, Vimeo's player.</summary>
    public string EmbedUrl => Host == VideoHost.YouTube
        ? $"https://www.youtube-nocookie.com/embed/{Id}?autoplay=1"
        : $"https://player.vimeo.com/video/{Id}?autoplay=1";

    /// <summary>A stored address as a recording; null when it is empty or not one the site can play.</summary>
    public static Recording? From(string? address) => TryParse(address, out var recording, out _) ? recording : null;

    /// <summary>Reads an address staff typed or content/ gives; on failure, says why in a sentence.</summary>
    public static bool TryParse(string? address, out Recording? recording, out string error)
    {
        recording = null;
        error = "";
        var text = address?.Trim() ?? "";
        if (text.Length == 0)
        {
            error = "Enter the address of the recording.";
            return false;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            error = $"'{Shorten(text)}' is not a web address. Enter {Accepted}.";
            return false;
        }

        var host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? id = null;
        VideoHost? kind = null;
        switch (host)
        {
            case "youtube.com" or "www.youtube.com" or "m.youtube.com":
                kind = VideoHost.YouTube;
                id = segments switch
                {
                    ["watch"] => QueryValue(uri.Query, "v"),
                    ["embed", var x] => x,
                    ["shorts", var x] => x,
                    ["live", var x] => x,
                    _ => null,
                };
                break;
            case "youtube-nocookie.com" or "www.youtube-nocookie.com":
                kind = VideoHost.YouTube;
                id = segments is ["embed", var embedded] ? embedded : null;
                break;
            case "youtu.be":
                kind = VideoHost.YouTube;
                id = segments is [var shortId] ? shortId : null;
                break;
            case "vimeo.com" or "www.vimeo.com":
                kind = VideoHost.Vimeo;
                id = segments is [var vimeoId] ? vimeoId : null;
                break;
            case "player.vimeo.com":
                kind = VideoHost.Vimeo;
                id = segments is ["video", var playerId] ? playerId : null;
                break;
        }

        if (kind is null)
        {
            error = $"Recordings can only be on YouTube or Vimeo, not {host}. Enter {Accepted}.";
            return false;
        }

        var valid = kind == VideoHost.YouTube ? YouTubeId().IsMatch(id ?? "") : VimeoId().IsMatch(id ?? "");
        if (!valid)
        {
            error = kind == VideoHost.YouTube
                ? $"'{Shorten(text)}' does not name a YouTube video. Use the address of the video, e.g. https://youtu.be/ followed by its 11-character id."
                : $"'{Shorten(text)}' does not name a Vimeo video. Use the address of the video, e.g. https://vimeo.com/ followed by its number.";
            return false;
        }

        recording = new Recording(kind.Value, id!);
        return true;
    }

    private static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && parts[0] == name)
            {
                return Uri.UnescapeDataString(parts[1]);
            }
        }

        return null;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,12}$")]
    private static partial Regex VimeoId();
}
