using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// Runs only where a PostgreSQL and a Redis are given (CLUSTER_POSTGRES, CLUSTER_REDIS: `eval "$(tests/cluster/services.sh start)"`)
/// and nginx is installed; skips otherwise, unless REQUIRE_CLUSTER=1 (CI), where a missing piece is a failure.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (Cluster.Unavailable() is { } reason && Environment.GetEnvironmentVariable("REQUIRE_CLUSTER") != "1")
        {
            Skip = reason;
        }
    }
}

/// <summary>The cluster tests run alone, one cluster at a time: they measure load, and two clusters would share 2 cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OneClusterAtATime
{
    public const string Name = "Cluster";
}

/// <summary>
/// Two real processes of the site (the web project's build, Production settings) on one fresh PostgreSQL
/// database and one Redis, behind a real nginx that terminates TLS as the README's proxy does:
/// <see cref="Both"/> balances round robin over A and B, <see cref="OnlyA"/> and <see cref="OnlyB"/> reach one
/// instance each through the same proxy, so a test can say which instance answers.
/// </summary>
public class Cluster : IAsyncLifetime
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly X509Certificate2 certificate;
    private Process? nginx;

    public Cluster()
    {
        WorkDirectory = Path.Combine(Path.GetTempPath(), "gnets-cluster-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(WorkDirectory);
        certificate = WriteCertificate(WorkDirectory);
        DatabaseName = "summit_test_" + Guid.NewGuid().ToString("N")[..12];
        Store = new ClusterStore(Environment.GetEnvironmentVariable("CLUSTER_POSTGRES") ?? "", DatabaseName);
        A = new SiteInstance("A", FreePort(), this);
        B = new SiteInstance("B", FreePort(), this);
        (BothPort, APort, BPort) = (FreePort(), FreePort(), FreePort());
    }

    public string WorkDirectory { get; }

    public string DatabaseName { get; }

    public ClusterStore Store { get; }

    public SiteInstance A { get; }

    public SiteInstance B { get; }

    public int BothPort { get; }

    public int APort { get; }

    public int BPort { get; }

    public Uri Both => new($"https://127.0.0.1:{BothPort}");

    public Uri OnlyA => new($"https://127.0.0.1:{APort}");

    public Uri OnlyB => new($"https://127.0.0.1:{BPort}");

    public string StaffPassword { get; } = "cluster staff " + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));

    /// <summary>The web project's build output, in the configuration these tests were built in.</summary>
    public static string SiteDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent?.Name ?? "Debug";
            var folder = Path.Combine(RepositoryPaths.Root, "src", "GNets.Summit.Web", "bin", configuration);
            return Directory.Exists(folder)
                ? Directory.GetFiles(folder, "GNets.Summit.Web.dll", SearchOption.AllDirectories).FirstOrDefault() ?? Path.Combine(folder, "GNets.Summit.Web.dll")
                : Path.Combine(folder, "GNets.Summit.Web.dll");
        }
    }

    /// <summary>Why the cluster cannot run here, or null when it can.</summary>
    public static string? Unavailable()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLUSTER_POSTGRES")) || string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLUSTER_REDIS")))
        {
            return "CLUSTER_POSTGRES and CLUSTER_REDIS are not set: `eval \"$(tests/cluster/services.sh start)\"` starts a PostgreSQL and a Redis and sets them (as .ci/run does).";
        }

        return File.Exists(NginxPath) ? null : $"nginx is not installed at {NginxPath}: `apt-get install nginx` (as .ci/run does).";
    }

    /// <summary>The settings both instances share: Production, the given PostgreSQL database and Redis, behind a TLS proxy.</summary>
    public virtual IDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        // nginx terminates TLS and says so in X-Forwarded-Proto, as the README's "Behind a proxy" asks.
        ["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true",
        ["Store__Provider"] = "Postgres",
        ["ConnectionStrings__Summit"] = Store.ConnectionString,
        // Nothing of the site's goes into the build folder, should anything still use the SQLite path.
        ["Store__DatabasePath"] = Path.Combine(WorkDirectory, "store", "summit.db"),
        ["Redis__Configuration"] = Environment.GetEnvironmentVariable("CLUSTER_REDIS") ?? "",
        ["Site__PublicBaseUrl"] = Both.ToString().TrimEnd('/'),
        ["Content__Path"] = RepositoryPaths.Content,
        // Several staff clients sign in from one address (the proxy's) within a minute.
        ["Security__SignInAttemptsPerMinute"] = "1000",
    };

    public async Task InitializeAsync()
    {
        if (Unavailable() is { } reason)
        {
            throw new InvalidOperationException(reason);
        }

        try
        {
            await Store.CreateAsync();
            // One instance first: it applies the migrations and imports content/, then the second starts on a ready store.
            await A.StartAsync();
            await B.StartAsync();
            await StartNginxAsync();
            await A.RunCommandAsync(["create-staff", "editor@cluster.test", "--role", "Editor", "--name", "Cluster editor"], StaffPassword + "\n");
        }
        catch
        {
            // No site process or nginx is left running when the cluster could not be made.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        A.Stop();
        B.Stop();
        if (nginx is { HasExited: false })
        {
            nginx.Kill();
            await nginx.WaitForExitAsync();
        }

        nginx?.Dispose();
        nginx = null;
        try
        {
            await Store.DropAsync();
        }
        catch (Exception ex) when (ex is InvalidOperationException or Npgsql.NpgsqlException)
        {
            // A database left behind is removed with the throwaway server (services.sh stop).
        }

        certificate.Dispose();
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A client like a browser's: trusts the proxy's throwaway certificate, never follows redirects, keeps cookies in <paramref name="cookies"/>.</summary>
    public HttpClient Client(Uri baseAddress, CookieContainer? cookies = null, int connections = 2) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        MaxConnectionsPerServer = connections,
        UseCookies = cookies is not null,
        CookieContainer = cookies ?? new CookieContainer(),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        SslOptions =
        {
            RemoteCertificateValidationCallback = (_, presented, _, _) =>
                presented is not null && presented.GetCertHashString() == certificate.GetCertHashString(),
        },
    })
    {
        BaseAddress = baseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Signs the cluster's editor in through the sign-in form at <paramref name="through"/>; the cookies go into <paramref name="cookies"/>.</summary>
    public async Task<Browser> SignInAsync(Uri through, CookieContainer cookies, int connections = 2)
    {
        var browser = new Browser(Client(through, cookies, connections));
        using var response = await browser.SubmitAsync("/admin/sign-in",
            new Dictionary<string, string?> { ["Email"] = "editor@cluster.test", ["Password"] = StaffPassword });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Sign-in through {through} answered {(int)response.StatusCode}: {Browser.ErrorsIn(await response.Content.ReadAsStringAsync())}");
        return browser;
    }

    /// <summary>The admin form of the city named <paramref name="name"/>, e.g. "/admin/cities/12".</summary>
    public static async Task<string> CityFormAsync(Browser staff, string name)
    {
        var list = await staff.GetAsync("/admin/cities?q=" + Uri.EscapeDataString(name));
        return list.QuerySelectorAll("tbody th a").FirstOrDefault(a => a.TextOf() == name)?.GetAttribute("href")
            ?? throw new Xunit.Sdk.XunitException($"No city named {name} in the admin list");
    }

    /// <summary>The text lines of nginx's error log and both instances' logs that report errors, for assertion messages and figures.</summary>
    public string ErrorLines()
    {
        var lines = new StringBuilder();
        foreach (var instance in new[] { A, B })
        {
            foreach (var line in instance.Log().Split('\n').Where(l => l.Contains("[ERR]", StringComparison.Ordinal) || l.Contains("[FTL]", StringComparison.Ordinal)).Take(5))
            {
                lines.AppendLine($"{instance.Name}: {line}");
            }
        }

        return lines.ToString();
    }

    public string NginxConfiguration()
    {
        var folder = Path.Combine(WorkDirectory, "nginx");
        var config = new StringBuilder();
        if (Environment.UserName == "root")
        {
            // Workers as root too: they read the certificate the tests wrote (the default user, nobody, may not).
            config.AppendLine("user root root;");
        }

        config.AppendLine($$"""
            worker_processes 1;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                fastcgi_temp_path {{folder}}/fastcgi;
                uwsgi_temp_path {{folder}}/uwsgi;
                scgi_temp_path {{folder}}/scgi;
                ssl_certificate {{WorkDirectory}}/proxy.crt;
                ssl_certificate_key {{WorkDirectory}}/proxy.key;

            {{ProxyBlock($"127.0.0.1:{A.Port}", $"127.0.0.1:{B.Port}")}}

                upstream summit_a { server 127.0.0.1:{{A.Port}}; keepalive 8; }
                upstream summit_b { server 127.0.0.1:{{B.Port}}; keepalive 8; }

                server {
                    listen 127.0.0.1:{{BothPort}} ssl;
                    location / { proxy_pass http://summit; }
                }
                server {
                    listen 127.0.0.1:{{APort}} ssl;
                    location / { proxy_pass http://summit_a; }
                }
                server {
                    listen 127.0.0.1:{{BPort}} ssl;
                    location / { proxy_pass http://summit_b; }
                }
            }
            """);
        return config.ToString();
    }

    /// <summary>
    /// The README's proxy settings ("Scaling out → Two instances behind a proxy"): the upstream of the
    /// instances, round robin, and what every proxied request carries. bench/cluster.sh writes the same.
    /// </summary>
    public static string ProxyBlock(params string[] instances) =>
        "    upstream summit {\n"
        + string.Concat(instances.Select(i => $"        server {i} max_fails=1 fail_timeout=10s;\n"))
        + """
                  keepalive 32;
              }
              proxy_http_version 1.1;
              proxy_set_header Connection "";
              proxy_set_header Host $http_host;
              proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
              proxy_set_header X-Forwarded-Proto $scheme;
              # A GET that finds an instance gone (refused, reset, timed out) is sent to the other one;
              # a POST already sent is not (it may have been saved): the editor sees an error and saves again.
              proxy_next_upstream error timeout;
              proxy_connect_timeout 2s;
          """;

    private async Task StartNginxAsync()
    {
        var folder = Path.Combine(WorkDirectory, "nginx");
        Directory.CreateDirectory(folder);
        var config = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfiguration());
        nginx = Process.Start(new ProcessStartInfo(NginxPath)
        {
            ArgumentList = { "-p", folder, "-c", config, "-e", Path.Combine(folder, "error.log"), "-g", "daemon off;" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        using var client = Client(Both);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (attempt < 100 && !nginx.HasExited)
            {
            }

            if (attempt >= 100 || nginx.HasExited)
            {
                var log = Path.Combine(folder, "error.log");
                throw new InvalidOperationException(
                    $"nginx did not answer /healthz: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")} {await nginx.StandardError.ReadToEndAsync()}");
            }

            await Task.Delay(100);
        }
    }

    private static X509Certificate2 WriteCertificate(string folder)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(2));
        File.WriteAllText(Path.Combine(folder, "proxy.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "proxy.key"), key.ExportPkcs8PrivateKeyPem());
        return certificate;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One process of the site: `dotnet GNets.Summit.Web.dll` with the cluster's settings, its output in a log file.</summary>
public sealed class SiteInstance(string name, int port, Cluster cluster)
{
    private Process? process;

    public string Name { get; } = name;

    public int Port { get; } = port;

    public string LogFile => Path.Combine(cluster.WorkDirectory, $"site-{Name}.log");

    public bool IsRunning => process is { HasExited: false };

    public string Log()
    {
        try
        {
            using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            return "";
        }
    }

    public async Task StartAsync()
    {
        process = Process.Start(Start([], $"http://127.0.0.1:{Port}"))!;
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(10) };
        var watch = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            if (process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(180))
            {
                throw new InvalidOperationException($"Instance {Name} gave no 200 on /healthz ({(process.HasExited ? $"exited with {process.ExitCode}" : "timed out")}). Log:\n{Log()}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Kills the process at once, as a crash or a pulled plug would: no graceful shutdown.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Stop() => Kill();

    /// <summary>Runs a command of the site (create-staff …) with the same settings, <paramref name="input"/> on stdin.</summary>
    public async Task RunCommandAsync(string[] arguments, string input)
    {
        var info = Start(arguments, null);
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.FileName = "dotnet";
        using var command = Process.Start(info)!;
        await command.StandardInput.WriteAsync(input);
        command.StandardInput.Close();
        var output = command.StandardOutput.ReadToEndAsync();
        var error = command.StandardError.ReadToEndAsync();
        await command.WaitForExitAsync();
        if (command.ExitCode != 0)
        {
            throw new InvalidOperationException($"`{string.Join(' ', arguments)}` exited with {command.ExitCode}: {await output} {await error}");
        }
    }

    private ProcessStartInfo Start(string[] arguments, string? urls)
    {
        var dll = Cluster.SiteDll;
        // The site's own output goes to a file through the shell, so nothing has to drain its pipes.
        var info = urls is null
            ? new ProcessStartInfo("dotnet") { ArgumentList = { dll } }
            : new ProcessStartInfo("/bin/sh") { ArgumentList = { "-c", "exec dotnet \"$0\" >>\"$1\" 2>&1", dll, LogFile } };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.WorkingDirectory = Path.GetDirectoryName(dll)!;
        info.UseShellExecute = false;
        foreach (var (key, value) in cluster.Settings())
        {
            info.Environment[key] = value;
        }

        if (urls is not null)
        {
            info.Environment["ASPNETCORE_URLS"] = urls;
        }

        return info;
    }
}
