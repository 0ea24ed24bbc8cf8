using System.Net;
using System.Net.Sockets;

namespace GNets.Summit.Web.Tests.Scaling;

/// <summary>
/// A TCP proxy on 127.0.0.1 in front of a real server, which a test can cut (stop listening, close every
/// connection: the server looks gone) and restore (listen again on the same port).
/// </summary>
public sealed class TcpCutter : IAsyncDisposable
{
    private readonly int targetPort;
    private readonly object gate = new();
    private readonly List<TcpClient> open = [];
    private TcpListener? listener;
    private CancellationTokenSource? accepting;

    public TcpCutter(int targetPort)
    {
        this.targetPort = targetPort;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    public bool IsCut => listener is null;

    public void Restore()
    {
        lock (gate)
        {
            if (listener is not null)
            {
                return;
            }

            listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            accepting = new CancellationTokenSource();
            _ = AcceptAsync(listener, accepting.Token);
        }
    }

    public void Cut()
    {
        lock (gate)
        {
            accepting?.Cancel();
            listener?.Stop();
            listener = null;
            foreach (var client in open)
            {
                client.Close();
            }

            open.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener from, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient incoming;
            try
            {
                incoming = await from.AcceptTcpClientAsync(ct);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            var outgoing = new TcpClient();
            try
            {
                await outgoing.ConnectAsync(IPAddress.Loopback, targetPort, ct);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException)
            {
                incoming.Close();
                outgoing.Close();
                continue;
            }

            lock (gate)
            {
                if (ct.IsCancellationRequested)
                {
                    incoming.Close();
                    outgoing.Close();
                    return;
                }

                open.Add(incoming);
                open.Add(outgoing);
            }

            _ = PumpAsync(incoming, outgoing);
            _ = PumpAsync(outgoing, incoming);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // Cut, or closed by either side.
        }
        finally
        {
            from.Close();
            to.Close();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}
