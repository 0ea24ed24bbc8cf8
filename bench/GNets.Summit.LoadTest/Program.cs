// Load test: many visitors read public pages while staff save edits; then checks that every save the
// site acknowledged (302 after POST) is in the store. Run through bench/load.sh.
//
//   GNets.Summit.LoadTest --url https://127.0.0.1:5390 --certificate cert.pem --database /path/summit.db --password P
//                         --staff a@x,b@x,c@x,d@x [--readers 64] [--seconds 120]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Data.Sqlite;

var options = Options.Parse(args);
var parser = new HtmlParser();
using var visitor = new HttpClient(Handler(null, options.Readers)) { BaseAddress = options.Url };
var sitemap = await visitor.GetStringAsync("/sitemap.xml");
var paths = Regex.Matches(sitemap, "<loc>([^<]+)</loc>").Select(m => new Uri(m.Groups[1].Value).PathAndQuery).ToArray();
Console.WriteLine($"{paths.Length} public pages; {options.Readers} readers and {options.Staff.Length} staff for {options.Seconds} s");

var stop = DateTime.UtcNow.AddSeconds(options.Seconds);
var readerLatencies = new ConcurrentBag<double>();
var staffLatencies = new ConcurrentBag<double>();
var failures = new ConcurrentBag<string>();
var acknowledged = new ConcurrentBag<(string Staff, string Record, string Marker)>();
var conflicts = 0;
var busy = 0;

var readers = Enumerable.Range(0, options.Readers).Select(async i =>
{
    var random = new Random(i);
    while (DateTime.UtcNow < stop)
    {
        var path = paths[random.Next(paths.Length)];
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await visitor.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            readerLatencies.Add(watch.Elapsed.TotalMilliseconds);
            if ((int)response.StatusCode >= 400)
            {
                failures.Add($"GET {path}: {(int)response.StatusCode}");
            }

            if (body.Contains("SQLITE_BUSY", StringComparison.Ordinal) || body.Contains("database is locked", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref busy);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            failures.Add($"GET {path}: {ex.GetType().Name}");
        }
    }
}).ToList();

var staff = options.Staff.Select(async (email, index) =>
{
    var cookies = new CookieContainer();
    using var client = new HttpClient(Handler(cookies, 2)) { BaseAddress = options.Url };
    var signedIn = await Submit(client, "/admin/sign-in", new() { ["Email"] = email, ["Password"] = options.Password });
    if (signedIn.Status != HttpStatusCode.Redirect)
    {
        failures.Add($"{email} could not sign in: {(int)signedIn.Status}");
        return;
    }

    // Each staff member edits a city of their own (no conflicts) and, every third save, the same
    // shared page as the others (conflicts expected: a 409 is a refused save, never a lost one).
    var ownCity = $"/admin/cities/{index + 1}";
    var shared = "/admin/pages/2";
    for (var n = 1; DateTime.UtcNow < stop; n++)
    {
        var (record, field) = n % 3 == 0 ? (shared, "Form.Summary") : (ownCity, "Form.Country");
        var marker = $"load {email} #{n.ToString(CultureInfo.InvariantCulture)}";
        var watch = Stopwatch.StartNew();
        var result = await Submit(client, record, new() { [field] = marker });
        staffLatencies.Add(watch.Elapsed.TotalMilliseconds);
        switch (result.Status)
        {
            case HttpStatusCode.Redirect:
                acknowledged.Add((email, record, marker));
                break;
            case HttpStatusCode.Conflict:
                Interlocked.Increment(ref conflicts);
                break;
            default:
                failures.Add($"POST {record} by {email}: {(int)result.Status}");
                break;
        }

        if (result.Body.Contains("SQLITE_BUSY", StringComparison.Ordinal) || result.Body.Contains("database is locked", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref busy);
        }
    }
}).ToList();

await Task.WhenAll(readers.Concat(staff));

// Every acknowledged save must be in the store: as a revision, and the latest one per record as the current value.
var lost = new List<string>();
await using (var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.Database, Mode = SqliteOpenMode.ReadOnly }.ToString()))
{
    await db.OpenAsync();
    foreach (var save in acknowledged)
    {
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Revisions WHERE instr(SnapshotJson, $marker) > 0";
        command.Parameters.AddWithValue("$marker", System.Text.Json.JsonSerializer.Serialize(save.Marker).Trim('"'));
        if ((long)(await command.ExecuteScalarAsync())! == 0)
        {
            lost.Add($"{save.Record}: {save.Marker}");
        }
    }

    foreach (var group in acknowledged.Where(a => a.Record.StartsWith("/admin/cities/", StringComparison.Ordinal)).GroupBy(a => a.Record))
    {
        var last = group.OrderBy(a => int.Parse(a.Marker[(a.Marker.LastIndexOf('#') + 1)..], CultureInfo.InvariantCulture)).Last();
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT Country FROM Cities WHERE Id = $id";
        command.Parameters.AddWithValue("$id", int.Parse(group.Key.Split('/').Last(), CultureInfo.InvariantCulture));
        var current = (string?)await command.ExecuteScalarAsync();
        if (current != last.Marker)
        {
            lost.Add($"{group.Key}: the store says '{current}', the last acknowledged save was '{last.Marker}'");
        }
    }
}

static double Percentile(IEnumerable<double> values, double p)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}

Console.WriteLine();
Console.WriteLine($"reads:  {readerLatencies.Count,8} requests  {readerLatencies.Count / (double)options.Seconds,8:0} req/s  p50 {Percentile(readerLatencies, 0.50),7:0.0} ms  p99 {Percentile(readerLatencies, 0.99),7:0.0} ms");
Console.WriteLine($"saves:  {staffLatencies.Count,8} attempts  {acknowledged.Count,8} acknowledged  {conflicts} refused as conflicts  p50 {Percentile(staffLatencies, 0.50),7:0.0} ms  p99 {Percentile(staffLatencies, 0.99),7:0.0} ms");
Console.WriteLine($"errors: {failures.Count} (SQLITE_BUSY shown to users: {busy})");
foreach (var failure in failures.GroupBy(f => f).OrderByDescending(g => g.Count()).Take(10))
{
    Console.WriteLine($"        {failure.Count()} × {failure.Key}");
}

Console.WriteLine($"lost:   {lost.Count} acknowledged saves missing from the store");
foreach (var item in lost.Take(10))
{
    Console.WriteLine($"        {item}");
}

return failures.IsEmpty && lost.Count == 0 && busy == 0 ? 0 : 1;

async Task<(HttpStatusCode Status, string Body)> Submit(HttpClient client, string url, Dictionary<string, string> changes)
{
    var page = await client.GetStringAsync(url);
    var form = parser.ParseDocument(page).QuerySelector("main form.admin-form") as IHtmlFormElement
        ?? throw new InvalidOperationException($"no form on {url}");
    var fields = new List<KeyValuePair<string, string>>();
    foreach (var element in form.Elements)
    {
        switch (element)
        {
            case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("checkbox" or "file" or "submit") || input.IsChecked:
                fields.Add(new(name, input.Value));
                break;
            case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                fields.Add(new(name, select.Options.FirstOrDefault(o => o.IsSelected)?.Value ?? ""));
                break;
            case IHtmlTextAreaElement { Name: { Length: > 0 } name } textarea:
                fields.Add(new(name, textarea.Value));
                break;
        }
    }

    fields.RemoveAll(f => changes.ContainsKey(f.Key));
    fields.AddRange(changes);
    using var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    return (response.StatusCode, await response.Content.ReadAsStringAsync());
}

// The site runs on loopback with a throwaway self-signed certificate (bench/load.sh): trust that one certificate.
SocketsHttpHandler Handler(CookieContainer? cookies, int connections) => new()
{
    AllowAutoRedirect = false,
    MaxConnectionsPerServer = connections,
    UseCookies = cookies is not null,
    CookieContainer = cookies ?? new CookieContainer(),
    SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == options.Certificate.GetCertHashString() },
};

internal sealed record Options(Uri Url, string Database, string Password, string[] Staff, int Readers, int Seconds,
    System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string? fallback = null)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1]
                : fallback ?? throw new ArgumentException($"{name} is required");
        }

        return new Options(
            new Uri(Value("--url")), Value("--database"), Value("--password"), Value("--staff").Split(','),
            int.Parse(Value("--readers", "64"), CultureInfo.InvariantCulture), int.Parse(Value("--seconds", "120"), CultureInfo.InvariantCulture),
            System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(Value("--certificate")));
    }
}
