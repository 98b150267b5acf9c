using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>
/// One person signed in over real HTTP (the cookie survives a restart: the keys are in the database) who joins the
/// live room through the real .NET SignalR client, anew after every restart, and posts as the browser does.
/// </summary>
internal sealed class Member : IAsyncDisposable
{
    private const string Password = "demo-wachtwoord-2026";
    private static readonly TimeSpan SignInPatience = TimeSpan.FromMinutes(1);

    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _http;
    private readonly Uri _server;
    private HubConnection? _connection;

    private Member(Uri server, string email)
    {
        _server = server;
        Email = email;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = server };
    }

    public string Email { get; }

    /// <summary>The session cookie as a Cookie header, for a client of another kind (the load test's node clients).</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_server);

    /// <summary>Signs in; on a fresh database the demo accounts may still be in the making, so a refusal is tried again for a while.</summary>
    public static async Task<Member> SignInAsync(Uri server, string email, CancellationToken cancellationToken)
    {
        var member = new Member(server, email);
        var deadline = DateTime.UtcNow + SignInPatience;
        while (true)
        {
            using var response = await member.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = Password });
            if (response.StatusCode == HttpStatusCode.Redirect)
            {
                return member;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"Signing in a demo account answered {response.StatusCode} for {SignInPatience.TotalSeconds:0} s.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token, and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await _http.GetStringAsync(new Uri(formPage, UriKind.Relative));
        fields[AntiforgeryToken.FieldName] = AntiforgeryToken.In(page);
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>Connects anew (the last connection died with the server) and joins; returns the number of agenda items.</summary>
    public async Task<int> JoinAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        await DisconnectAsync();
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_server, "/hubs/meeting"), options => options.Cookies = _cookies)
            .Build();
        await _connection.StartAsync(cancellationToken);
        var room = await _connection.InvokeAsync<JsonElement>("Join", meetingId, cancellationToken);
        return room.GetProperty("state").GetProperty("agenda").GetProperty("items").GetArrayLength();
    }

    public Task GoToItemAsync(Guid meetingId, int index) => Connection.InvokeAsync("GoToItem", meetingId, index);

    /// <summary>Sends one post; the same <paramref name="contributionId"/> on a re-send, as the browser does.</summary>
    public async Task<PostOutcome> PostAsync(Guid meetingId, Guid contributionId, string text, CancellationToken cancellationToken)
    {
        try
        {
            var refusal = await Connection.InvokeAsync<JsonElement?>("PostContribution", meetingId, contributionId, "Question", text, (Guid?)null, cancellationToken);
            return refusal is { ValueKind: not JsonValueKind.Null } ? PostOutcome.Refused : PostOutcome.Acknowledged;
        }
        catch (HubException)
        {
            // The server answered with a refusal (a limit, for instance); the post stays unacknowledged and is sent again.
            return PostOutcome.Refused;
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or OperationCanceledException or WebSocketException or HttpRequestException)
        {
            return PostOutcome.NoAnswer;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await DisconnectAsync();
        _http.Dispose();
    }

    private HubConnection Connection => _connection ?? throw new InvalidOperationException("Join first.");

    private async Task DisconnectAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
