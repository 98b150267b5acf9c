using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>The reminders' mails: the grains decide when (durable reminders), these sources what and to whom, the notice mailer sends.</summary>
internal static class RemindersWebExtensions
{
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Recipients>();
        builder.Services.AddNoticeSource<MeetingReminderNotices>();
        builder.Services.AddNoticeSource<ActionPointReminderNotices>();
        builder.Services.AddNoticeSource<WeeklySummaryNotices>();
        return builder;
    }
}
