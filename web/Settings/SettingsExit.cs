using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Web.Settings;

/// <summary>
/// A start that fails on a setting ends with one line on stderr naming the key, in Dutch and English, and exit code 78,
/// not a stack trace. An unhandled-exception handler rather than a try/catch around Program's statements, which would
/// indent all of Program.cs; any other failure keeps the runtime's own report.
/// </summary>
internal static class SettingsExit
{
    public static void OnSettingsError() => AppDomain.CurrentDomain.UnhandledException += (_, e) =>
    {
        if (e.ExceptionObject is Exception error && SettingsLine.TryDescribe(error, out var line))
        {
            Console.Error.WriteLine(line);
            Console.Error.Flush();
            Environment.Exit(SettingsCheck.ExitCode);
        }
    };
}
