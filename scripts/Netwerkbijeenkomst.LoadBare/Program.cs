using Netwerkbijeenkomst.LoadBare;

// Bare SignalR for scripts/load: listens where Urls says (the orchestrator gives it a free loopback port).
var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddSignalR();
var app = builder.Build();
app.MapGet("/health", () => "ok");
app.MapHub<BareHub>("/hubs/meeting");
app.Run();
