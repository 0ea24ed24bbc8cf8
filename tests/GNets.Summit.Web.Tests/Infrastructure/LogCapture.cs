using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace GNets.Summit.Web.Tests.Infrastructure;

/// <summary>A Serilog sink the app's logger picks up from DI (ReadFrom.Services): what the site logged.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => [.. events];

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    public IEnumerable<string> Messages(LogEventLevel atLeast) =>
        Events.Where(e => e.Level >= atLeast).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
}
