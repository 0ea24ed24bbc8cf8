using GNets.Summit.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddSummitLogging();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services
    .AddSummitOptions()
    .AddSummitData()
    .AddSummitIdentity()
    .AddSummitWeb();

var app = builder.Build();

if (Commands.IsCommand(args))
{
    return await Commands.RunAsync(app.Services, args, Console.In, Console.Out, Console.IsInputRedirected);
}

await app.Services.InitializeStoreAsync();
await app.Services.PrepareStaffSetupAsync();

app.UseSummitPipeline();
app.MapSummitEndpoints();
app.LogAddressesOnStart();

await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
