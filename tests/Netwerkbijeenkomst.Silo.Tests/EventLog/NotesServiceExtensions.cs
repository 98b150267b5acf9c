using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

public static class NotesServiceExtensions
{
    /// <summary>The notes read model in the test database; call after <c>AddEventStorage</c>, so its table is made after the migrations.</summary>
    public static IServiceCollection AddNotes(this IServiceCollection services, TestDatabase database, params IInterceptor[] interceptors)
    {
        ArgumentNullException.ThrowIfNull(database);
        services.AddDbContextFactory<NotesDbContext>(options => options.UseSqlite(database.ConnectionString).AddInterceptors(interceptors));
        services.AddHostedService<NotesTable>();
        return services;
    }
}
