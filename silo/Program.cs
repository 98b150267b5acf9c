using Microsoft.Extensions.Hosting;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Silo;

/// <summary>
/// A grain-only node: `dotnet run --project silo`. Web nodes reach it as Orleans clients (Cluster:Membership=Database).
/// A named class rather than top-level statements, so the web host's own <c>Program</c> stays the only one.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        try
        {
            var builder = Host.CreateApplicationBuilder(args);
            var database = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
            var cluster = ClusterSettings.Read(builder.Configuration);

            // The silo's tables are migrated before the silo joins the cluster.
            builder.Services.AddEventStorage(database);
            builder.UseOrleans(silo => silo.AddDomainGrains().AddOperatorDashboard().UseClustering(cluster));

            var host = builder.Build();
            SettingsCheck.BeforeStart(host.Services);
            await host.RunAsync();
            return 0;
        }
        catch (Exception error) when (SettingsLine.TryDescribe(error, out var line))
        {
            // A missing or wrong setting: one line naming the key, no stack trace.
            await Console.Error.WriteLineAsync(line);
            return SettingsCheck.ExitCode;
        }
    }
}
