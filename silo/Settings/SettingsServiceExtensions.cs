using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>
/// How every setting is read: an options class with a <c>Section</c> constant and data annotations, bound and checked by
/// <see cref="SettingsValidator{T}"/>. <see cref="AddSettings{T}"/> checks at start (ValidateOnStart);
/// <see cref="ReadSettings{T}"/> checks at once, for the few settings that decide what is registered (database, cluster, web node, demo).
/// </summary>
public static class SettingsServiceExtensions
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section));
        return services.AddOptions<T>()
            .Configure<IConfiguration>((options, configuration) => SettingsBinder.Bind(options, configuration, section))
            .ValidateOnStart();
    }

    /// <summary>Binds and checks <typeparamref name="T"/> now; a problem throws <see cref="SettingsException"/>.</summary>
    public static T ReadSettings<T>(this IConfiguration configuration, string section)
        where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new T();
        SettingsBinder.Bind(options, configuration, section);
        var problems = SettingsRules.Problems(options, section);
        return problems.Count == 0 ? options : throw new SettingsException(problems);
    }
}
