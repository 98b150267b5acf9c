using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>Minutes: reading them (access-logged), and the mail to the members once the coordinator approved them (after the commit, through the notice mailer).</summary>
internal static class MinutesWebExtensions
{
    public static WebApplicationBuilder AddMinutes(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MinutesReader>();
        builder.Services.AddNoticeSource<MinutesNotices>();
        return builder;
    }
}
