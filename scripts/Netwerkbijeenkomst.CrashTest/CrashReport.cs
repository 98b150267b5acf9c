using System.Globalization;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>What a crash run counted. It passes when nothing acknowledged is missing, nothing is stored twice and the file is sound.</summary>
public sealed record CrashReport(
    string Database,
    string CheckName,
    int Seed,
    int ExpectedKills,
    int Kills,
    int Members,
    int Sends,
    int Posted,
    int Acknowledged,
    int Unacknowledged,
    int Stored,
    int Lost,
    int Duplicated,
    int Unknown,
    int UnansweredAtKill,
    int StoredBeforeResend,
    int AnswersLost,
    int Refusals,
    string Integrity,
    TimeSpan SlowestRestart,
    TimeSpan Duration)
{
    /// <summary>Also requires every post acknowledged in the end and every kill made, so a server that never came back cannot pass.</summary>
    public bool Passed =>
        Kills == ExpectedKills && Acknowledged > 0 && Lost == 0 && Duplicated == 0 && Unknown == 0 && Unacknowledged == 0 && Integrity == "ok";

    public IEnumerable<string> Lines()
    {
        var invariant = CultureInfo.InvariantCulture;
        yield return string.Create(invariant, $"crash test on {Database} (seed {Seed}): {Kills} kills with SIGKILL while {Members} members posted; {Duration.TotalSeconds:0} s, slowest restart {SlowestRestart.TotalSeconds:0.0} s");
        yield return string.Create(invariant, $"sends {Sends} (refused and sent again {Refusals}); posted {Posted}; unanswered at a kill {UnansweredAtKill}, of which stored before it was sent again {StoredBeforeResend}");
        yield return string.Create(invariant, $"acknowledged, then sent again as if the answer was lost in the crash {AnswersLost}");
        yield return string.Create(invariant, $"acknowledged {Acknowledged}");
        yield return string.Create(invariant, $"unacknowledged {Unacknowledged}");
        yield return string.Create(invariant, $"stored {Stored}");
        yield return string.Create(invariant, $"lost {Lost}");
        yield return string.Create(invariant, $"duplicated {Duplicated}");
        yield return string.Create(invariant, $"not posted by the test {Unknown}");
        yield return $"{CheckName} {Integrity}";
        yield return Passed ? "PASSED" : "FAILED";
    }
}
