using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GNets.Summit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GNets.Summit.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real loopback port over HTTPS (a throwaway self-signed certificate, so cookies
/// and headers are as in production) with a fresh SQLite store, and Debian's Chromium driven by
/// Playwright. Where Chromium is missing the tests skip themselves with the reason (they are marked
/// [BrowserFact] or [BrowserTheory]), unless REQUIRE_BROWSER=1 (CI), where that is a failure.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes the fixture through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;
    private KestrelSummitFactory? factory;

    public static string? MissingReason =>
        File.Exists(ChromiumPath) ? null : $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium); browser tests cannot run.";

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public SummitFactory Factory => factory ?? throw new InvalidOperationException(MissingReason);

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        if (MissingReason is { } reason)
        {
            if (Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1")
            {
                throw new InvalidOperationException(reason + " REQUIRE_BROWSER=1 forbids skipping.");
            }

            return;
        }

        factory = new KestrelSummitFactory();
        factory.Start();
        BaseUrl = factory.Address;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IBrowserContext> NewContextAsync(int width = 1280, bool javaScript = true, string? timeZone = null)
    {
        return await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            IgnoreHTTPSErrors = true,
            JavaScriptEnabled = javaScript,
            TimezoneId = timeZone,
            Locale = "en-US",
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }

    private sealed class KestrelSummitFactory : SummitFactory
    {
        private readonly X509Certificate2 certificate = SelfSignedCertificate();

        public string Address { get; private set; } = "";

        public void Start()
        {
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            Address = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            certificate.Dispose();
        }

        private static X509Certificate2 SelfSignedCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            names.AddIpAddress(IPAddress.Loopback);
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserTestGroup : ICollectionFixture<BrowserHost>
{
    public const string Name = "browser";
}
