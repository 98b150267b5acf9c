using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>Checks every ValidateOnStart option before the host starts anything, so a wrong setting stops the start before a silo or a listener is up.</summary>
public static class SettingsCheck
{
    /// <summary>EX_CONFIG from sysexits.h: a service manager can tell "fix the settings" from a crash (systemd: RestartPreventExitStatus=78).</summary>
    public const int ExitCode = 78;

    public static void BeforeStart(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();
}
