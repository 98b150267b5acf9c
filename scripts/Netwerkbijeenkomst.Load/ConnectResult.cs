namespace Netwerkbijeenkomst.Load;

/// <summary>Every participant connecting and joining at once: how long until the last one was in, and the server's memory before and after.</summary>
internal sealed record ConnectResult(string Target, double Seconds, int Connected, int Failed, string? Error, long RssBeforeBytes, long RssAfterBytes, double ClientCpuSeconds)
{
    public double RssPerParticipantKb => Connected == 0 ? 0 : (RssAfterBytes - RssBeforeBytes) / 1024.0 / Connected;
}
