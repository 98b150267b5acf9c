using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>
/// A minimal client of SignalR's JSON hub protocol over a WebSocket to the test server: enough to call hub
/// methods as a signed-in user and to read what the hub pushes (the .NET SignalR client is not in the feed).
/// </summary>
public sealed class HubClient : IAsyncDisposable
{
    private const char Separator = '\u001e';
    private readonly WebSocket _socket;
    private readonly Channel<JsonObject> _pushed = Channel.CreateUnbounded<JsonObject>();
    private readonly Channel<PresenceChanged> _presence = Channel.CreateUnbounded<PresenceChanged>();
    private readonly Dictionary<string, TaskCompletionSource<JsonObject>> _pending = [];
    private readonly Task _reader;
    private int _nextId;

    private HubClient(WebSocket socket)
    {
        _socket = socket;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Connects as the holder of <paramref name="cookieHeader"/> (none: anonymous) to the hub at <paramref name="path"/> of <paramref name="factory"/>'s server.</summary>
    /// <param name="factory">The test server.</param>
    /// <param name="cookieHeader">The signed-in client's cookies, or null.</param>
    /// <param name="path">The hub: the meeting room unless another is named (e.g. <c>hubs/case</c>).</param>
    /// <param name="origin">The Origin a browser would send; none, as the .NET SignalR client sends none.</param>
    public static async Task<HubClient> ConnectAsync(WebAppFactory factory, string? cookieHeader, string path = "hubs/meeting", string? origin = null)
    {
        var client = factory.Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (cookieHeader is not null)
            {
                request.Headers.Cookie = cookieHeader;
            }

            if (origin is not null)
            {
                request.Headers.Origin = origin;
            }
        };
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, path), CancellationToken.None);
        var hub = new HubClient(socket);
        await hub.SendAsync(new JsonObject { ["protocol"] = "json", ["version"] = 1 });
        var handshake = await hub._pushed.Reader.ReadAsync();
        Assert.Null(handshake["error"]);
        return hub;
    }

    /// <summary>Calls a hub method; returns its result, or throws <see cref="HubErrorException"/> with the hub's message.</summary>
    public async Task<JsonNode?> InvokeAsync(string method, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            _pending[id] = completion;
        }

        await SendAsync(new JsonObject
        {
            ["type"] = 1,
            ["invocationId"] = id,
            ["target"] = method,
            ["arguments"] = JsonSerializer.SerializeToNode(arguments),
        });
        var result = await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return result["error"] is { } error ? throw new HubErrorException(error.GetValue<string>()) : result["result"];
    }

    /// <summary>Join or Watch: the room as the hub answers it, read as the browser reads it.</summary>
    public async Task<JoinResult> RoomAsync(Guid meetingId, string method = "Join") =>
        (await InvokeAsync(method, meetingId)).Deserialize<JoinResult>(RoomJson.Options)!;

    /// <summary>The next room message the hub pushed: the client method it called and the message it sent.</summary>
    public async Task<PushedMessage> NextMessageAsync()
    {
        var pushed = await NextPushAsync();
        return new PushedMessage(pushed["target"]!.GetValue<string>(), pushed["arguments"]![0]!.AsObject());
    }

    /// <summary>The pushed messages up to and including the one with <paramref name="sequence"/>.</summary>
    public async Task<List<PushedMessage>> MessagesUntilAsync(int sequence)
    {
        var messages = new List<PushedMessage>();
        while (messages.Count == 0 || messages[^1].Sequence < sequence)
        {
            messages.Add(await NextMessageAsync());
        }

        return messages;
    }

    /// <summary>
    /// The first presence pushed from now on (they come apart from the event messages, which <see cref="NextMessageAsync"/>
    /// reads) that matches <paramref name="match"/>; fails after 30 s.
    /// </summary>
    public async Task<RoomPresent> PresenceAsync(Func<RoomPresent, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var pushed = await _presence.Reader.ReadAsync(timeout.Token);
            if (match(pushed.Present))
            {
                return pushed.Present;
            }
        }
    }

    /// <summary>Completes when the server has closed the connection.</summary>
    public Task Closed => _reader;

    /// <summary>The next event the hub pushed to this client.</summary>
    public async Task<JsonObject> NextPushAsync() => await _pushed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        // Only the close frame is sent here: the reader loop owns receiving, and ends when the server closes too.
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "klaar", CancellationToken.None);
        }

        await _reader.WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
    }

    private Task SendAsync(JsonObject message) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString() + Separator), WebSocketMessageType.Text, true, CancellationToken.None);

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var text = new StringBuilder();
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (Exception error) when (error is WebSocketException or ObjectDisposedException or IOException)
            {
                break;
            }

            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            text.Append(Encoding.UTF8.GetString(buffer, 0, received.Count));
            var all = text.ToString();
            var end = all.LastIndexOf(Separator);
            if (end < 0)
            {
                continue;
            }

            text.Clear().Append(all[(end + 1)..]);
            foreach (var frame in all[..end].Split(Separator))
            {
                Dispatch(JsonNode.Parse(frame)!.AsObject());
            }
        }

        _pushed.Writer.TryComplete();
        _presence.Writer.TryComplete();
    }

    private void Dispatch(JsonObject message)
    {
        switch (message["type"]?.GetValue<int>())
        {
            case 3:
                TaskCompletionSource<JsonObject>? completion;
                lock (_pending)
                {
                    _pending.Remove(message["invocationId"]!.GetValue<string>(), out completion);
                }

                completion?.TrySetResult(message);
                break;
            case 1 when message["target"]?.GetValue<string>() == nameof(IMeetingClient.PresenceChanged):
                _presence.Writer.TryWrite(message["arguments"]![0].Deserialize<PresenceChanged>(RoomJson.Options)!);
                break;
            case 1:
            case null:
                _pushed.Writer.TryWrite(message);
                break;
        }
    }
}

/// <summary>A message the hub pushed by <paramref name="Method"/> (an <c>IMeetingClient</c> method), as JSON.</summary>
public sealed record PushedMessage(string Method, JsonObject Message)
{
    public int Sequence => Message["sequence"]!.GetValue<int>();

    public T As<T>() => Message.Deserialize<T>(RoomJson.Options)!;
}

/// <summary>A hub method refused the call; the message is what the browser would show.</summary>
public sealed class HubErrorException(string message) : Exception(message);
