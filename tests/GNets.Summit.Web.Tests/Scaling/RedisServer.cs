using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// A real redis-server of the test's own, on a free loopback port, keeping nothing on disk. It can be stopped and
/// started again on the same port, as an operator's Redis might be lost and come back.
/// </summary>
public sealed class RedisServer : IDisposable
{
    public const string ServerPath = "/usr/bin/redis-server";

    private readonly string directory = Path.Combine(Path.GetTempPath(), "gnets-summit-tests", "redis-" + Guid.NewGuid().ToString("N"));
    private Process? process;

    public RedisServer()
    {
        Directory.CreateDirectory(directory);
        Port = FreePort();
        Start();
    }

    public int Port { get; }

    /// <summary>The value of Redis:Configuration for the site.</summary>
    public string Configuration => $"127.0.0.1:{Port},connectTimeout=2000";

    public void Start()
    {
        process = Process.Start(new ProcessStartInfo(ServerPath)
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Answers())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not answer on port {Port}");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>Kills the server (its data goes with it, as with a Redis that keeps nothing on disk).</summary>
    public void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public void Dispose()
    {
        Stop();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private bool Answers()
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, Port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer);
            return System.Text.Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Runs only where Debian's redis-server is installed (.ci/run installs it and sets REQUIRE_REDIS=1, which forbids skipping).</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (!File.Exists(RedisServer.ServerPath) && Environment.GetEnvironmentVariable("REQUIRE_REDIS") != "1")
        {
            Skip = $"redis-server is not installed at {RedisServer.ServerPath}: `apt-get install redis-server` (as .ci/run does) to run the Redis tests.";
        }
    }
}
