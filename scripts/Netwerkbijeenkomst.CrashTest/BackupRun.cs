namespace Netwerkbijeenkomst.CrashTest;

/// <summary>
/// The backup under load (docs/security.md, "Backups"): members post through real SignalR clients into the web server
/// while `backup` copies its SQLite file; `restore` is refused while that server runs, and for a damaged file and a
/// file that is no database; then it puts the backup in place for a fresh server, which starts on it and takes posts,
/// and once more over that server's file, which is kept aside.
/// </summary>
public static class BackupRun
{
    /// <summary>Posts acknowledged before the backup starts, so it copies a meeting in full swing.</summary>
    private const int Warmup = 40;

    private const int Members = 4;

    public static async Task<BackupReport> RunAsync(Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var folder = Path.Combine(Path.GetTempPath(), $"netwerkbijeenkomst-backup-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "origineel"));
        Directory.CreateDirectory(Path.Combine(folder, "nieuw"));
        log($"backup test in {folder}");
        var backupFile = Path.Combine(folder, "reservekopie.db");
        var ledger = new PostLedger();
        var members = new List<Member>();
        await using var original = new WebServer(Path.Combine(folder, "origineel"));
        await using var fresh = new WebServer(Path.Combine(folder, "nieuw"));
        try
        {
            await original.StartAsync(cancellationToken);
            foreach (var email in CrashSettings.DemoMembers.Take(Members))
            {
                members.Add(await Member.SignInAsync(original.Url, email, cancellationToken));
            }

            var meetingId = await new SqliteCrashDatabase(original.DatabasePath).DemoMeetingAsync();
            await CrashRun.StartMeetingAsync(members[0], meetingId);
            await CrashRun.JoinAsync(members, meetingId, 1, cancellationToken);

            using var stop = new CancellationTokenSource();
            var warm = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var posting = members.Select(m => PostUntilStoppedAsync(m, meetingId, ledger, warm, stop.Token)).ToList();
            await warm.Task.WaitAsync(cancellationToken);

            // Everything acknowledged before the backup begins must be in it; what is acknowledged during it may be.
            var before = ledger.AcknowledgedIds();
            var backup = await original.RunCommandAsync("backup", backupFile);
            var during = ledger.AcknowledgedIds().Count - before.Count;
            var whileRunning = await original.RunCommandAsync("restore", backupFile);
            await stop.CancelAsync();
            await Task.WhenAll(posting);
            await original.KillAsync();

            var intoFresh = await fresh.RunCommandAsync("restore", backupFile);
            var damaged = await fresh.RunCommandAsync("restore", Damaged(backupFile, Path.Combine(folder, "beschadigd.db")));
            var notDatabase = Path.Combine(folder, "notities.txt");
            await File.WriteAllTextAsync(notDatabase, "Dit is geen database, maar een lijstje.\n", cancellationToken);
            var notADatabase = await fresh.RunCommandAsync("restore", notDatabase);

            await fresh.StartAsync(cancellationToken);
            await using var member = await Member.SignInAsync(fresh.Url, CrashSettings.DemoMembers[1], cancellationToken);
            await member.JoinAsync(meetingId, cancellationToken);
            var afterwards = await member.PostAsync(meetingId, Guid.NewGuid(), "Na het terugzetten: werkt de bijeenkomst nog?", cancellationToken);
            await fresh.KillAsync();
            var restoredDatabase = new SqliteCrashDatabase(fresh.DatabasePath);
            var stored = (await restoredDatabase.ContributionIdsAsync(meetingId)).ToHashSet();
            var integrity = await restoredDatabase.IntegrityCheckAsync();

            var overExisting = await fresh.RunCommandAsync("restore", backupFile);
            var kept = Directory.GetFiles(Path.GetDirectoryName(fresh.DatabasePath)!, "netwerkbijeenkomst.db.voor-herstel-*")
                .Where(f => !f.EndsWith("-journal", StringComparison.Ordinal)).ToList();
            var keptIntegrity = kept.Count == 1 ? await new SqliteCrashDatabase(kept[0]).IntegrityCheckAsync() : "no kept file";

            var report = new BackupReport(
                backup, before.Count, during, whileRunning, intoFresh, damaged, notADatabase, stored.Count, before.Count(id => !stored.Contains(id)),
                afterwards == PostOutcome.Acknowledged, integrity, overExisting, kept.Count, keptIntegrity);
            foreach (var line in report.Lines())
            {
                log(line);
            }

            return report;
        }
        finally
        {
            foreach (var m in members)
            {
                await m.DisposeAsync();
            }
        }
    }

    private static async Task PostUntilStoppedAsync(Member member, Guid meetingId, PostLedger ledger, TaskCompletionSource warm, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var (id, text) = ledger.Next(member.Email);
            switch (await member.PostAsync(meetingId, id, text, stop))
            {
                case PostOutcome.Acknowledged:
                    ledger.Acknowledged(member.Email, id);
                    if (ledger.AcknowledgedIds().Count >= Warmup)
                    {
                        warm.TrySetResult();
                    }

                    break;
                case PostOutcome.Refused:
                    // A rate limit: the same post goes again, after the answer to the next member's.
                    ledger.Refused();
                    await Task.Yield();
                    break;
                case PostOutcome.NoAnswer:
                    return;
            }
        }
    }

    /// <summary>A copy of <paramref name="backup"/> with its header intact and two pages after the first overwritten, as a bad disk would leave it.</summary>
    private static string Damaged(string backup, string damaged)
    {
        File.Copy(backup, damaged);
        using var file = new FileStream(damaged, FileMode.Open, FileAccess.ReadWrite);
        Span<byte> header = stackalloc byte[2];
        file.Position = 16;
        file.ReadExactly(header);
        var pageSize = header[0] << 8 | header[1];
        var garbage = new byte[pageSize * 2];
        Array.Fill(garbage, (byte)0xA5);
        file.Position = pageSize;
        file.Write(garbage);
        return damaged;
    }
}
