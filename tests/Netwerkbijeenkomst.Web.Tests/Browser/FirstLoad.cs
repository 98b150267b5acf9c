using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// What a page costs over the wire, counted by chromium itself (DevTools' Network domain): each HTTP response's
/// encodedDataLength (headers and body as received, compressed if it was) and each WebSocket frame's payload.
/// </summary>
internal sealed class FirstLoad
{
    private readonly List<(string What, long Bytes)> _received = [];
    private readonly Dictionary<string, string> _urls = [];
    private readonly Lock _lock = new();

    private FirstLoad()
    {
    }

    /// <summary>Every byte received, responses and WebSocket frames.</summary>
    public long ReceivedBytes
    {
        get
        {
            lock (_lock)
            {
                return _received.Sum(r => r.Bytes);
            }
        }
    }

    /// <summary>Starts counting on <paramref name="page"/> (before its navigation).</summary>
    public static async Task<FirstLoad> StartAsync(IPage page)
    {
        var load = new FirstLoad();
        var session = await page.Context.NewCDPSessionAsync(page);
        session.Event("Network.requestWillBeSent").OnEvent += (_, e) => load.OnRequest(e);
        session.Event("Network.loadingFinished").OnEvent += (_, e) => load.OnFinished(e);
        session.Event("Network.webSocketFrameReceived").OnEvent += (_, e) => load.OnFrame(e);
        await session.SendAsync("Network.enable");

        // No cache: a phone opening the room for the first time.
        await session.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
        return load;
    }

    /// <summary>One line per response or frame, largest first, for the test's output.</summary>
    public string Report()
    {
        lock (_lock)
        {
            var lines = new StringBuilder();
            foreach (var (what, bytes) in _received.OrderByDescending(r => r.Bytes))
            {
                lines.AppendLine(CultureInfo.InvariantCulture, $"{bytes,8} {what}");
            }

            lines.AppendLine(CultureInfo.InvariantCulture, $"{ReceivedBytes,8} in all");
            return lines.ToString();
        }
    }

    private void OnRequest(JsonElement? e)
    {
        if (e is { } args)
        {
            lock (_lock)
            {
                _urls[args.GetProperty("requestId").GetString()!] = new Uri(args.GetProperty("request").GetProperty("url").GetString()!).AbsolutePath;
            }
        }
    }

    private void OnFinished(JsonElement? e)
    {
        if (e is { } args)
        {
            lock (_lock)
            {
                var id = args.GetProperty("requestId").GetString()!;
                _received.Add((_urls.GetValueOrDefault(id, id), (long)args.GetProperty("encodedDataLength").GetDouble()));
            }
        }
    }

    private void OnFrame(JsonElement? e)
    {
        if (e is { } args)
        {
            var response = args.GetProperty("response");
            var payload = response.GetProperty("payloadData").GetString() ?? "";

            // Opcode 1 is text (the payload as is), 2 binary (base64 of it); 2 bytes of frame header, 4 from 126 bytes on.
            var bytes = response.GetProperty("opcode").GetInt32() == 2 ? Convert.FromBase64String(payload).Length : Encoding.UTF8.GetByteCount(payload);
            var header = bytes < 126 ? 2 : 4;
            lock (_lock)
            {
                _received.Add(($"WebSocket frame {Preview(payload)}", bytes + header));
            }
        }
    }

    private static string Preview(string payload) => payload.Length <= 60 ? payload.ReplaceLineEndings(" ") : payload[..60].ReplaceLineEndings(" ") + "…";
}
