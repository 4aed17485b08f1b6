using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Reopen.Bench;

/// <summary>
/// Watches, on threads of its own, how late the thread pool runs a queued item and how long Azurite's table port takes to
/// answer a bare HTTP request: tells a stalled app from a stalled storage emulator.
/// </summary>
internal sealed class Stalls : IDisposable
{
    private readonly Latencies _pool = new();
    private readonly Latencies _storage = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread[] _threads;

    public Stalls(int tablePort)
    {
        _threads = [new Thread(() => WatchPool(_stop.Token)) { IsBackground = true }, new Thread(() => WatchStorage(tablePort, _stop.Token)) { IsBackground = true }];
        foreach (var t in _threads) t.Start();
    }

    public string Summary => $"thread-pool delay {_pool.Summary}, max {_pool.Percentile(100):F0} ms; Azurite bare request {_storage.Summary}, max {_storage.Percentile(100):F0} ms";

    private void WatchPool(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var queued = Stopwatch.GetTimestamp();
            using var ran = new ManualResetEventSlim();
            ThreadPool.UnsafeQueueUserWorkItem(_ => ran.Set(), null);
            ran.Wait(stop);
            Record(_pool, "thread pool", Stopwatch.GetElapsedTime(queued).TotalMilliseconds);
            stop.WaitHandle.WaitOne(100);
        }
    }

    private void WatchStorage(int port, CancellationToken stop)
    {
        var request = Encoding.ASCII.GetBytes($"GET /devstoreaccount1/Tables HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
        var buffer = new byte[4096];
        while (!stop.IsCancellationRequested)
        {
            var sent = Stopwatch.GetTimestamp();
            try
            {
                using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                socket.Connect("127.0.0.1", port);
                socket.Send(request);
                socket.Receive(buffer);
                Record(_storage, "Azurite", Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
            catch (SocketException)
            {
            }
            stop.WaitHandle.WaitOne(100);
        }
    }

    private static void Record(Latencies into, string what, double milliseconds)
    {
        into.Add(milliseconds);
        if (milliseconds > 1000) Console.WriteLine($"stall: {what} {milliseconds:F0} ms at {DateTime.UtcNow:HH:mm:ss.fff}");
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var t in _threads) t.Join();
    }
}
