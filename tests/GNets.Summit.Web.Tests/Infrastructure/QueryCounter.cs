using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GNets.Summit.Web.Tests.Infrastructure;

/// <summary>Counts the SQL commands the app sends, so a test can hold a page to its query budget.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    private int count;
    private readonly List<string> commands = [];

    public int Count => count;

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (commands)
            {
                return [.. commands];
            }
        }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref count, 0);
        lock (commands)
        {
            commands.Clear();
        }
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref count);
        lock (commands)
        {
            commands.Add(command.CommandText);
        }
    }
}
