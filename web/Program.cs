using Netwerkbijeenkomst.Web;
using Netwerkbijeenkomst.Silo.Settings;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;
using Netwerkbijeenkomst.Web.Backups;
using Netwerkbijeenkomst.Web.Compression;
using Netwerkbijeenkomst.Web.Reports.Access;
using Netwerkbijeenkomst.Web.Invitations;
using Netwerkbijeenkomst.Web.LocalDevelopment;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Escalations;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.MeetingMinutes;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.Privacy;
using Netwerkbijeenkomst.Web.Reminders;
using Netwerkbijeenkomst.Web.Reports.Building;
using Netwerkbijeenkomst.Web.Security;
using Netwerkbijeenkomst.Web.Settings;
using Netwerkbijeenkomst.Web.Sessions;
using Netwerkbijeenkomst.Web.Refusals;
using Netwerkbijeenkomst.Web.Silo;

// `dotnet run --project web -- privacy scan` runs the privacy check over JSON lines on stdin: no host, no database.
if (await PrivacyScanCommand.TryRunAsync(args))
{
    return;
}

// `backup <file>` and `restore <file>` copy the SQLite file and put one back: no web host, no silo.
if (await BackupCommands.TryRunAsync(args))
{
    return;
}

// A missing or wrong setting stops the start with one line naming the key (Dutch / English) and exit code 78.
SettingsExit.OnSettingsError();

var builder = WebApplication.CreateBuilder(LocalEnvironment.WithDefault(args));

// The web's tables (accounts, page lists), migrated before the silo starts.
builder.AddAppDatabase();

// The grains: a co-hosted silo by default, or an Orleans client of a cluster; their events and reminders live in the same database.
builder.AddSilo();

// Accounts: cookie sign-in, invitations and password resets by mail (an outbox in Development).
builder.AddAccounts();
builder.AddMail();

// Sessions end when they should: the cookie's security stamp checked on every request, stale live connections closed.
builder.AddSessions();

// The live meeting room: SignalR hub, and event-log consumers that turn stored events into pushes, page lists and audit lines.
builder.AddMeetingRoom();

// Escalations to care: the contact person's link by mail (after the commit) and live case pages.
builder.AddEscalations();

// Mail that follows committed events (invitations, reminders, minutes), each sent once from a durable checkpoint.
builder.AddNotices();

// Invitations with an iCalendar attachment, and each member's private calendar feed.
builder.AddInvitations();

// Reminders: the grains' durable reminders decide when, these notice sources write the mails (meeting, action points, weekly summary).
builder.AddReminders();

// Minutes: approved minutes go to the members by mail, after the commit.
builder.AddMinutes();

// Report figures: a projection of counts per network and month, protected against small numbers when a report is built.
builder.AddReportFigures();

// The case form's privacy check while typing.
builder.AddPrivacyCheck();

// Reports in figures: who may see which network, municipality or province.
builder.AddReportAccess();

// A demo network on an empty database, in Development only.
builder.AddDemoData();

// Security headers on every response (a nonce-based Content-Security-Policy); outside Development HSTS, HTTPS and Secure cookies.
builder.AddSecurityHeaders();

// Brotli or gzip for pages and JSON the site asks for itself; scripts and styles are compressed when built.
builder.AddCompression();

// Development is for this machine: a loud warning when it listens on an address others can reach.
builder.AddLocalDevelopmentWarning();

// Refusals are answers: logged once at Information with their code, never as errors with a stack.
builder.AddRefusalLogging();

// Server-rendered Dutch pages; every page needs a signed-in user except the start page and the account pages.
builder.Services.AddRazorPages(pages => pages.Conventions.AuthorizeFolder("/").AllowAnonymousToFolder("/Account").AllowAnonymousToPage("/Index"))
    .AddMvcOptions(mvc =>
    {
        mvc.Filters.Add<Netwerkbijeenkomst.Web.Pages.DomainExceptionFilter>();
        mvc.Filters.Add<Netwerkbijeenkomst.Web.Pages.ListingsCatchUp>();
        Netwerkbijeenkomst.Web.Pages.DutchModelBinding.Apply(mvc.ModelBindingMessageProvider);
    });

var app = builder.Build();

// `dotnet run --project web -- beheerder-aanmaken <e-mail> <naam>` and other verbs run and exit without serving.
if (await AdminCommands.TryRunAsync(app, args))
{
    return;
}

app.UseSecurityHeaders();
// An answer without a body (a 404 above all: what does not exist and what the person may not see) gets a Dutch page.
app.UseStatusCodePagesWithReExecute("/fout/{0}");

// Pages and JSON compressed on the fly for the site's own requests only (CRIME/BREACH); scripts and styles at build time (MapStaticAssets).
app.UseCompression();
app.UseAuthentication();

// An account that must have two-factor sign-in reaches nothing but its setup page and sign-out until it has.
app.UseTwoFactorSetupGate();
app.UseAuthorization();
// wwwroot's files, compressed at build time and fingerprinted (cached for a year); pages link to the fingerprinted names.
app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapMeetingRoom();
app.MapEscalations();
app.MapInvitations();
app.MapPrivacyCheck();

// For operators: /health (the database answers, the cluster has an active silo) and, for administrators, Orleans' dashboard.
app.MapSiloStatus();

// Every setting is checked before anything starts (the silo, the listener), so a wrong one stops the start at once.
SettingsCheck.BeforeStart(app.Services);
app.Run();

/// <summary>The web host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
