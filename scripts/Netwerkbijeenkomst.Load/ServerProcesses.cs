using System.Globalization;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// The processes of one server under test (the web server with its silo; in the cluster both silos and both web
/// nodes), read from /proc: CPU seconds used (utime + stime) and resident memory, summed over the processes.
/// </summary>
internal sealed class ServerProcesses(IReadOnlyList<int> processIds)
{
    // USER_HZ: 100 on every Linux the product runs on (sysconf(_SC_CLK_TCK)).
    private const double TicksPerSecond = 100;

    public IReadOnlyList<int> ProcessIds { get; } = processIds;

    public bool Alive => ProcessIds.All(pid => State(pid) is not (null or "Z" or "X"));

    public double CpuSeconds => ProcessIds.Sum(pid => Stat(pid) is { } fields
        ? (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond
        : 0);

    public long RssBytes => ProcessIds.Sum(Rss);

    /// <summary>Samples the resident memory every 100 ms until disposed; <see cref="PeakMemory.Peak"/> is the highest sum seen.</summary>
    public PeakMemory WatchPeak() => new(this);

    // The fields after "pid (comm)": state is the first, utime the 12th, stime the 13th (proc(5), counted from 0 here).
    private static string[]? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText($"/proc/{pid}/stat");
            return text[(text.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string? State(int pid) => Stat(pid)?[0];

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    internal sealed class PeakMemory : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampling;
        private long _peak;

        public PeakMemory(ServerProcesses server)
        {
            _peak = server.RssBytes;
            _sampling = Task.Run(async () =>
            {
                using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
                try
                {
                    while (await timer.WaitForNextTickAsync(_stop.Token))
                    {
                        _peak = Math.Max(_peak, server.RssBytes);
                    }
                }
                catch (OperationCanceledException)
                {
                    // Stopped: the step is over.
                }
            });
        }

        public long Peak => _peak;

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _sampling;
            _stop.Dispose();
        }
    }
}
