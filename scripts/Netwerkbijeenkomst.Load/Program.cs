using System.Globalization;
using Netwerkbijeenkomst.CrashTest;
using Netwerkbijeenkomst.Load;

// scripts/load [--meetings 5] [--participants 4] [--rates 200,400] [--seconds 20] [--sweep] [--database sqlite|postgresql]
//              [--cluster] [--clients 1] [--rounds 1] [--folder DIR] [--output FILE]
// Prints bare SignalR against the product per rate step, with ratios; exit code 1 on a broken run (deliveries missing,
// a server gone), 2 on bad options.
var settings = new LoadSettings();
string? output = null;
try
{
    for (var i = 0; i < args.Length; i++)
    {
        string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
        static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
        settings = args[i] switch
        {
            "--meetings" => settings with { Meetings = (int)Number(Value()) },
            "--participants" => settings with { Participants = (int)Number(Value()) },
            "--rates" => settings with { Rates = [.. Value().Split(',').Select(Number)] },
            "--seconds" => settings with { Seconds = (int)Number(Value()) },
            "--sweep" => settings with { Sweep = true },
            "--max-rate" => settings with { MaxRate = Number(Value()) },
            "--database" => settings with { Database = Enum.Parse<CrashStore>(Value(), ignoreCase: true) },
            "--cluster" => settings with { Cluster = true, Database = CrashStore.PostgreSql },
            "--clients" => settings with { Clients = (int)Number(Value()) },
            "--rounds" => settings with { Rounds = (int)Number(Value()) },
            "--idle-posts" => settings with { IdlePosts = (int)Number(Value()) },
            "--drain" => settings with { Drain = TimeSpan.FromSeconds(Number(Value())) },
            "--folder" => settings with { Folder = Value() },
            "--output" => (output = Value()) is var _ ? settings : settings,
            _ => throw new ArgumentException($"Unknown option {args[i]}; see scripts/load."),
        };
    }

    settings.Validate();
}
catch (Exception error) when (error is ArgumentException or FormatException)
{
    await Console.Error.WriteLineAsync(error.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

await using var log = output is null ? null : new StreamWriter(output) { AutoFlush = true };
void Print(string line)
{
    Console.WriteLine(line);
    log?.WriteLine(line);
}

var report = await LoadRun.RunAsync(settings, Print, stop.Token);
foreach (var line in report.Lines())
{
    Print(line);
}

return report.Broken is null ? 0 : 1;
