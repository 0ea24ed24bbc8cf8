using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Features.Search;

/// <summary>
/// Builds the search index once the site is listening, so that start-up does not wait for it (it took
/// about a tenth of the time to the first page). A search that comes first builds it itself
/// (<see cref="SearchIndex.FindAsync"/>); the two never build it twice.
/// </summary>
public sealed class SearchIndexWarmUp(
    SearchIndex index, IHostApplicationLifetime lifetime, IOptions<Infrastructure.StoreOptions> options, ILogger<SearchIndexWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await WhenStartedAsync(lifetime, stoppingToken);
            // The first page, asked for as soon as the site listens, does not share the CPU with the index.
            await Task.Delay(options.Value.DeferredWorkDelay, stoppingToken);
            await index.EnsureCurrentAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The site stopped first.
        }
        catch (Exception error)
        {
            // Not fatal: the first search tries again.
            logger.LogWarning(error, "The search index could not be built after start; the first search builds it");
        }
    }

    private static Task WhenStartedAsync(IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        ct.Register(() => started.TrySetCanceled(ct));
        return started.Task;
    }
}
