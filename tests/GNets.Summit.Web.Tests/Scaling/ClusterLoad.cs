using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// Readers fetch random public pages and savers edit a city each through the admin form, all through the
/// round-robin proxy, until stopped. Every save the site acknowledged (302 after the POST) is recorded with
/// its distinct value, so a test can then look each one up.
/// </summary>
public sealed class ClusterLoad(Cluster cluster, string run)
{
    private readonly ConcurrentQueue<Read> reads = new();
    private readonly ConcurrentQueue<Save> saves = new();
    private readonly Stopwatch clock = new();

    public sealed record Read(double StartedAt, double Milliseconds, int Status, string Path, string? Error);

    /// <summary>One save attempt: <see cref="Status"/> 302 is acknowledged, 0 means no answer (connection lost).</summary>
    public sealed record Save(double StartedAt, double Milliseconds, string City, string Slug, int Number, string Marker, int Status, string? Error);

    public IReadOnlyCollection<Read> Reads => reads;

    public IReadOnlyCollection<Save> Saves => saves;

    public IEnumerable<Save> Acknowledged => saves.Where(s => s.Status == 302);

    /// <summary>Seconds since the load began, for marking events such as an instance being stopped.</summary>
    public double Now => clock.Elapsed.TotalSeconds;

    /// <summary>Runs <paramref name="readers"/> readers and one saver per city until <paramref name="stop"/> is cancelled.</summary>
    public async Task RunAsync(int readers, IReadOnlyList<string> cities, CancellationToken stop)
    {
        using var visitor = cluster.Client(cluster.Both, connections: readers);
        var sitemap = await visitor.GetStringAsync("/sitemap.xml", CancellationToken.None);
        var paths = Regex.Matches(sitemap, "<loc>([^<]+)</loc>").Select(m => new Uri(m.Groups[1].Value).PathAndQuery).ToArray();
        Assert.NotEmpty(paths);
        var staff = new List<(Browser Browser, string City, string Form)>();
        foreach (var city in cities)
        {
            var browser = await cluster.SignInAsync(cluster.Both, new CookieContainer());
            staff.Add((browser, city, await Cluster.CityFormAsync(browser, city)));
        }

        clock.Start();
        var tasks = Enumerable.Range(0, readers).Select(i => ReadAsync(visitor, paths, new Random(i), stop))
            .Concat(staff.Select((s, i) => SaveAsync(s.Browser, s.City, s.Form, i + 1, stop)));
        await Task.WhenAll(tasks);
        clock.Stop();
        foreach (var (browser, _, _) in staff)
        {
            browser.Client.Dispose();
        }
    }

    private async Task ReadAsync(HttpClient visitor, string[] paths, Random random, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var path = paths[random.Next(paths.Length)];
            var started = Now;
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await visitor.GetAsync(path, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                reads.Enqueue(new Read(started, watch.Elapsed.TotalMilliseconds, (int)response.StatusCode, path, null));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
            {
                reads.Enqueue(new Read(started, watch.Elapsed.TotalMilliseconds, 0, path, ex.GetType().Name + ": " + ex.Message));
            }
        }
    }

    private async Task SaveAsync(Browser staff, string city, string form, int saver, CancellationToken stop)
    {
        var slug = city.ToLowerInvariant().Replace(' ', '-');
        for (var n = 1; !stop.IsCancellationRequested; n++)
        {
            // Letters, digits and spaces only: stored as is in the revision's JSON, so a plain text search finds it.
            var marker = $"cluster {run} saver {saver} save {n.ToString(CultureInfo.InvariantCulture)}";
            var started = Now;
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await staff.SubmitAsync(form, new Dictionary<string, string?> { ["Form.Country"] = marker });
                saves.Enqueue(new Save(started, watch.Elapsed.TotalMilliseconds, city, slug, n, marker, (int)response.StatusCode,
                    response.StatusCode == HttpStatusCode.Redirect ? null : Browser.ErrorsIn(await response.Content.ReadAsStringAsync(CancellationToken.None))));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or Xunit.Sdk.XunitException)
            {
                // The form could not be loaded or the POST got no answer: not acknowledged, so nothing is promised.
                saves.Enqueue(new Save(started, watch.Elapsed.TotalMilliseconds, city, slug, n, marker, 0, ex.GetType().Name + ": " + ex.Message));
            }
        }
    }

    /// <summary>Acknowledged saves that the store does not hold, and cities whose page on <paramref name="through"/> does not show their last acknowledged value.</summary>
    public async Task<List<string>> LostAsync(Uri through)
    {
        var lost = (await cluster.Store.MissingAsync(Acknowledged.Select(s => s.Marker))).Select(m => $"no revision holds “{m}”").ToList();
        using var visitor = cluster.Client(through);
        foreach (var city in Acknowledged.GroupBy(s => s.Slug))
        {
            var last = city.MaxBy(s => s.Number)!;
            var shown = (await visitor.GetPageAsync($"/cities/{city.Key}")).QuerySelector(".lead")?.TextOf();
            if (shown != last.Marker)
            {
                lost.Add($"/cities/{city.Key} shows “{shown}”, the last acknowledged save was “{last.Marker}”");
            }
        }

        return lost;
    }

    /// <summary>Requests, errors, acknowledged saves and latencies, in lines for the test output.</summary>
    public string Figures(double seconds)
    {
        var readErrors = reads.Count(r => r.Status is 0 or >= 400);
        var acknowledged = Acknowledged.ToList();
        return string.Join('\n',
            $"reads:  {reads.Count,6} requests  {reads.Count / seconds,7:0} req/s  p50 {Percentile(reads.Select(r => r.Milliseconds), 0.5),6:0.0} ms  p99 {Percentile(reads.Select(r => r.Milliseconds), 0.99),6:0.0} ms  errors {readErrors}",
            $"saves:  {saves.Count,6} attempts  {acknowledged.Count,7} acknowledged  {saves.Count(s => s.Status == 409)} conflicts  {saves.Count(s => s.Status is not (302 or 409))} errors  p50 {Percentile(saves.Select(s => s.Milliseconds), 0.5),6:0.0} ms  p99 {Percentile(saves.Select(s => s.Milliseconds), 0.99),6:0.0} ms",
            "errors: " + string.Join("; ", reads.Where(r => r.Status is 0 or >= 400).Select(r => r.Error ?? $"GET {r.Path}: {r.Status}")
                .Concat(saves.Where(s => s.Status is not (302 or 409)).Select(s => $"save {s.Marker}: {(s.Error is { Length: > 0 } e ? e : s.Status.ToString(CultureInfo.InvariantCulture))}"))
                .GroupBy(e => e).OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Count()} × {g.Key}")));
    }

    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1))];
    }
}
