using GNets.Summit.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
if (StaticExport.IsCommand(args))
{
    builder.Configuration.AddInMemoryCollection(StaticExport.CommandSettings);
}

builder.AddSummitLogging();
// Run from a build (not a publish) in any environment, the compressed CSS and JS (.gz) live under obj/ and
// are found only through the static web assets manifest; without it they answered 200 with no bytes.
// A publish has no such manifest (its files are in wwwroot) and this does nothing there.
builder.WebHost.UseStaticWebAssets();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services
    .AddSummitOptions()
    .AddSummitData()
    .AddSummitIdentity()
    .AddSummitWeb()
    .AddSummitRedis();

var app = builder.Build();

// With Redis:Configuration set, Redis must answer at start (one line and exit code 2 when it does not, as for the store).
if (!app.Services.ConnectRedis(Console.Error))
{
    return 2;
}

if (StaticExport.IsCommand(args))
{
    return await StaticExport.RunCommandAsync(app, args, Console.Out);
}

if (Commands.IsCommand(args))
{
    return await Commands.RunAsync(app.Services, args, Console.In, Console.Out, Console.IsInputRedirected);
}

// The pipeline and the endpoints are built on another thread while this one opens the store: MVC
// finding its controllers and making their routes would otherwise wait for the store, or fall to the
// first request (bench/startup.sh measures the start).
var endpoints = Task.Run(() =>
{
    app.UseSummitPipeline();
    app.MapSummitEndpoints();
    app.LogAddressesOnStart();
    app.BuildEndpoints();
});
try
{
    await app.Services.InitializeStoreAsync();
}
catch (StoreUnavailableException ex)
{
    // One clear line naming the setting to fix, and a non-zero exit for the service manager.
    await Console.Error.WriteLineAsync("GNets.Summit cannot start: " + ex.Message);
    return 2;
}

await app.Services.PrepareStaffSetupAsync();
await endpoints;

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
