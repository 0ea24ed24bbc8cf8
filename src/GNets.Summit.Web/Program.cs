using GNets.Summit.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddSummitLogging();
builder.Services
    .AddSummitOptions()
    .AddSummitData()
    .AddSummitWeb();

var app = builder.Build();

await app.Services.InitializeStoreAsync();

app.UseSummitPipeline();
app.MapSummitEndpoints();
app.LogAddressesOnStart();

await app.RunAsync();

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
