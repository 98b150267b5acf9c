namespace Netwerkbijeenkomst.CrashTest.Tests;

/// <summary>
/// `backup` copies the running server's SQLite file while members post; `restore` checks a file and puts it back for a
/// fresh server. One run (<see cref="BackupRunFixture"/>), real processes, real SignalR clients, real files.
/// </summary>
public sealed class ServerBackupTests(BackupRunFixture run) : IClassFixture<BackupRunFixture>
{
    private BackupReport Report => run.Report;

    [Fact]
    public void Backup_WhileMembersPost_SucceedsAndSaysWhatItWrote()
    {
        Assert.Equal(0, Report.Backup.ExitCode);
        Assert.StartsWith("Reservekopie gemaakt: ", Report.Backup.Output, StringComparison.Ordinal);
        Assert.Contains(" / Backup written: ", Report.Backup.Output, StringComparison.Ordinal);
        Assert.True(Report.AcknowledgedBeforeBackup >= 40, "The meeting was not in full swing when the backup began.");
    }

    [Fact]
    public void RestoredBackup_HasEveryContributionAcknowledgedBeforeTheBackupBegan_AndPassesIntegrityCheck()
    {
        Assert.Equal(0, Report.RestoreIntoFreshServer.ExitCode);
        Assert.Contains("er was nog geen database", Report.RestoreIntoFreshServer.Output, StringComparison.Ordinal);
        Assert.Equal(0, Report.MissingAfterRestore);
        Assert.True(Report.StoredAfterRestore >= Report.AcknowledgedBeforeBackup);
        Assert.Equal("ok", Report.Integrity);
    }

    [Fact]
    public void FreshServer_OnTheRestoredFile_TakesPostsAgain() =>
        Assert.True(Report.PostedAfterRestore);

    [Fact]
    public void Restore_WhileTheServerRuns_IsRefusedInOneLine()
    {
        Assert.Equal(1, Report.RestoreWhileServerRuns.ExitCode);
        Assert.Matches(@"^Geweigerd: een server gebruikt .+ nog; stop hem eerst / Refused: a server is still using .+; stop it first\n$", Report.RestoreWhileServerRuns.Errors);
    }

    [Fact]
    public void Restore_OfADamagedFile_IsRefused()
    {
        Assert.Equal(1, Report.RestoreDamagedFile.ExitCode);
        Assert.Contains("is beschadigd (integrity_check: ", Report.RestoreDamagedFile.Errors, StringComparison.Ordinal);
        Assert.Contains("is damaged", Report.RestoreDamagedFile.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_OfAFileThatIsNoDatabase_IsRefused()
    {
        Assert.Equal(1, Report.RestoreNonDatabaseFile.ExitCode);
        Assert.Contains("is geen SQLite-database / Refused: ", Report.RestoreNonDatabaseFile.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Restore_OverAnExistingFile_KeepsItAsideUnderAnotherName()
    {
        Assert.Equal(0, Report.RestoreOverExisting.ExitCode);
        Assert.Contains("de vorige database is bewaard als ", Report.RestoreOverExisting.Output, StringComparison.Ordinal);
        Assert.Equal(1, Report.KeptFiles);
        Assert.Equal("ok", Report.KeptIntegrity);
    }
}
