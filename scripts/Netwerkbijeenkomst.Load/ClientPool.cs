using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// The node client processes (scripts/load-client/client.mjs) of one server: each gets its plan as a file and takes
/// commands as JSON lines on stdin, answering one JSON line each on stdout (its errors go to a log in the run's folder).
/// </summary>
internal sealed class ClientPool : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly List<(Process Process, ClientPlan Plan)> _clients;

    private ClientPool(List<(Process, ClientPlan)> clients) => _clients = clients;

    public IReadOnlyList<ClientPlan> Plans => [.. _clients.Select(c => c.Plan)];

    public static async Task<ClientPool> StartAsync(string name, IReadOnlyList<ClientPlan> plans, string folder)
    {
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "load-client", "client.mjs");
        var clients = new List<(Process, ClientPlan)>();
        for (var i = 0; i < plans.Count; i++)
        {
            var planPath = Path.Combine(folder, $"{name}-client-{i}.json");
            await File.WriteAllTextAsync(planPath, JsonSerializer.Serialize(plans[i], Json));
            var start = new ProcessStartInfo("node", [script, planPath])
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
            var log = new StreamWriter(Path.Combine(folder, $"{name}-client-{i}.log")) { AutoFlush = true };
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is not null)
                {
                    lock (log)
                    {
                        log.WriteLine(line.Data);
                    }
                }
            };
            process.BeginErrorReadLine();
            clients.Add((process, plans[i]));
        }

        var pool = new ClientPool(clients);
        foreach (var (process, _) in clients)
        {
            await ReadAsync(process);
        }

        return pool;
    }

    /// <summary>Sends each client its command (made from its plan) at once and returns their answers in order.</summary>
    public async Task<IReadOnlyList<JsonObject>> AskAsync(Func<ClientPlan, object> command)
    {
        var answers = _clients.Select(async client =>
        {
            await client.Process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command(client.Plan), Json));
            await client.Process.StandardInput.FlushAsync();
            return await ReadAsync(client.Process);
        });
        return await Task.WhenAll(answers);
    }

    /// <summary>Asks the first client only (the idle posts: one room is enough).</summary>
    public async Task<JsonObject> AskFirstAsync(object command)
    {
        var process = _clients[0].Process;
        await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command, Json));
        await process.StandardInput.FlushAsync();
        return await ReadAsync(process);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (process, _) in _clients)
        {
            try
            {
                await process.StandardInput.WriteLineAsync("""{"cmd":"close"}""");
                await process.StandardInput.FlushAsync();
                using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                await process.WaitForExitAsync(patience.Token);
            }
            catch (Exception error) when (error is IOException or OperationCanceledException)
            {
                process.Kill();
            }

            process.Dispose();
        }
    }

    private static async Task<JsonObject> ReadAsync(Process process)
    {
        var line = await process.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("A node client exited; see its log in the run's folder.");
        var answer = JsonNode.Parse(line)?.AsObject() ?? throw new InvalidOperationException($"A node client answered {line}.");
        return answer["error"] is { } error ? throw new InvalidOperationException($"A node client failed: {error}") : answer;
    }
}
