namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>The mails that follow committed events, and how a feature adds its own.</summary>
public static class NotificationsWebExtensions
{
    public static WebApplicationBuilder AddNotices(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<NoticeMailer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<NoticeMailer>());
        return builder;
    }

    /// <summary>Registers a source of mails; <see cref="NoticeMailer"/> asks every registered source about every event.</summary>
    public static IServiceCollection AddNoticeSource<TSource>(this IServiceCollection services)
        where TSource : class, INoticeSource
    {
        services.AddSingleton<TSource>();
        services.AddSingleton<INoticeSource>(sp => sp.GetRequiredService<TSource>());
        return services;
    }
}
