using Netwerkbijeenkomst.Web.Silo;

var builder = WebApplication.CreateBuilder(args);

// The grains run inside this process; their events and reminders live in the application database.
builder.AddSilo();

// Server-rendered Dutch pages.
builder.Services.AddRazorPages();

var app = builder.Build();

app.UseStaticFiles();
app.MapRazorPages();

// Liveness for operators and load balancers: the database answers.
app.MapHealthChecks("/health");

app.Run();

/// <summary>The web host's entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
