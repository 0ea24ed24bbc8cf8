using GNets.Summit.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>
/// Deletes images chosen on forms that were never saved (<see cref="ImageStore.DeleteUnsavedAsync"/>)
/// shortly after start and then once a day, in the background: start-up and requests never wait for
/// its scan of the revisions.
/// </summary>
public sealed class UnsavedImageCleanup(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<StoreOptions> options, ILogger<UnsavedImageCleanup> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.UnsavedImageCleanupDelay, clock, stoppingToken);
            using var timer = new PeriodicTimer(Interval, clock);
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site is stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<ImageStore>().DeleteUnsavedAsync(ct) is var deleted and > 0)
            {
                logger.LogInformation("Deleted {Count} images chosen on forms that were never saved", deleted);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A failed run is tried again the next day; it must not stop the site.
            logger.LogWarning(e, "Could not delete images chosen on forms that were never saved");
        }
    }
}
