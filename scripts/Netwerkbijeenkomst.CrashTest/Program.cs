using System.Globalization;
using Netwerkbijeenkomst.CrashTest;

// scripts/crash-test [--database sqlite|postgresql] [--kills 20] [--members 6] [--seed N] [--folder DIR]: prints what it counted; exit code 1 unless nothing was lost or repeated and the file is sound.
var settings = new CrashSettings();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    settings = args[i] switch
    {
        "--kills" => settings with { Kills = int.Parse(value, CultureInfo.InvariantCulture) },
        "--members" => settings with { Members = int.Parse(value, CultureInfo.InvariantCulture) },
        "--seed" => settings with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
        "--folder" => settings with { Folder = value },
        "--database" => settings with { Store = Enum.Parse<CrashStore>(value, ignoreCase: true) },
        _ => throw new ArgumentException($"Unknown option {args[i]}; known: --database, --kills, --members, --seed, --folder."),
    };
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

var report = await CrashRun.RunAsync(settings, Console.WriteLine, stop.Token);
foreach (var line in report.Lines())
{
    Console.WriteLine(line);
}

return report.Passed ? 0 : 1;
