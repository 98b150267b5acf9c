using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Netwerkbijeenkomst.Web.LocalDevelopment;

/// <summary>
/// In Development, once the server listens: a loud warning in the log and on stdout when it listens on an address other
/// machines can reach, because Development serves the demo accounts and their shared password.
/// </summary>
internal sealed partial class ExposedDevelopmentWarning(IServer server, IHostApplicationLifetime lifetime, ILogger<ExposedDevelopmentWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
            WarnIfExposed(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [], logger, Console.Out));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes the warning when any of <paramref name="addresses"/> is reachable from elsewhere; true when it did.</summary>
    internal static bool WarnIfExposed(IEnumerable<string> addresses, ILogger logger, TextWriter stdout)
    {
        var exposed = addresses.Where(IsReachableFromElsewhere).ToList();
        if (exposed.Count == 0)
        {
            return false;
        }

        var list = string.Join(", ", exposed);
        ListeningBeyondThisMachine(logger, list);
        stdout.WriteLine($"""

            !!! WAARSCHUWING / WARNING !!!
            Development luistert op {list}: andere computers kunnen de demo-accounts en hun wachtwoord gebruiken.
            Development is listening on {list}: other machines can reach the demo accounts and their password.
            Gebruik localhost (Urls=http://localhost:5080) of een andere omgeving (ASPNETCORE_ENVIRONMENT=Production).

            """);
        return true;
    }

    /// <summary>Loopback addresses and "localhost" stay on this machine; a wildcard, another address or a host name may not.</summary>
    internal static bool IsReachableFromElsewhere(string address)
    {
        var binding = BindingAddress.Parse(address);
        if (binding.IsUnixPipe || binding.IsNamedPipe)
        {
            return false;
        }

        var host = binding.Host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !IPAddress.TryParse(host, out var ip) || !IPAddress.IsLoopback(ip);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "DEVELOPMENT IS REACHABLE FROM OTHER MACHINES: listening on {Addresses}. The demo accounts and their shared password are exposed; bind to localhost or run another environment.")]
    private static partial void ListeningBeyondThisMachine(ILogger logger, string addresses);
}
