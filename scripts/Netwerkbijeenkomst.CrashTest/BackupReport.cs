namespace Netwerkbijeenkomst.CrashTest;

/// <summary>What the backup run saw: the commands' answers, what was acknowledged around the backup, and the restored file.</summary>
public sealed record BackupReport(
    WebCommandResult Backup,
    int AcknowledgedBeforeBackup,
    int AcknowledgedDuringBackup,
    WebCommandResult RestoreWhileServerRuns,
    WebCommandResult RestoreIntoFreshServer,
    WebCommandResult RestoreDamagedFile,
    WebCommandResult RestoreNonDatabaseFile,
    int StoredAfterRestore,
    int MissingAfterRestore,
    bool PostedAfterRestore,
    string Integrity,
    WebCommandResult RestoreOverExisting,
    int KeptFiles,
    string KeptIntegrity)
{
    public IEnumerable<string> Lines()
    {
        yield return $"acknowledged before the backup: {AcknowledgedBeforeBackup}, during it: {AcknowledgedDuringBackup}";
        yield return $"backup ({Backup.ExitCode}): {Backup.Output.Trim()}{Backup.Errors.Trim()}";
        yield return $"restore while the server runs ({RestoreWhileServerRuns.ExitCode}): {RestoreWhileServerRuns.Errors.Trim()}";
        yield return $"restore into a fresh server ({RestoreIntoFreshServer.ExitCode}): {RestoreIntoFreshServer.Output.Trim()}{RestoreIntoFreshServer.Errors.Trim()}";
        yield return $"restore a damaged file ({RestoreDamagedFile.ExitCode}): {RestoreDamagedFile.Errors.Trim()}";
        yield return $"restore a file that is no database ({RestoreNonDatabaseFile.ExitCode}): {RestoreNonDatabaseFile.Errors.Trim()}";
        yield return $"restored: {StoredAfterRestore} contributions stored, {MissingAfterRestore} acknowledged before the backup missing, posting afterwards {(PostedAfterRestore ? "works" : "fails")}, integrity {Integrity}";
        yield return $"restore over the file ({RestoreOverExisting.ExitCode}): {RestoreOverExisting.Output.Trim()}{RestoreOverExisting.Errors.Trim()}; kept files {KeptFiles}, integrity {KeptIntegrity}";
    }
}
