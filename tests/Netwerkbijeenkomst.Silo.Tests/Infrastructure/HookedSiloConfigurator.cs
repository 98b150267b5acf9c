using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.Server.Hosting;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>The test silo, plus a <see cref="LogHook"/> that sees every log event, debug ones included.</summary>
public sealed class HookedSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        new TestSiloConfigurator().Configure(siloBuilder);
        siloBuilder.Services.AddSingleton<LogHook>();
        siloBuilder.Services.AddSingleton<ILoggerProvider>(sp => sp.GetRequiredService<LogHook>());
        siloBuilder.Services.Configure<LoggerFilterOptions>(
            options => options.Rules.Add(new LoggerFilterRule(typeof(LogHook).FullName, null, LogLevel.Debug, null)));
    }
}
