namespace Netwerkbijeenkomst.CrashTest;

/// <summary>Which database the web server stores in during the crash test.</summary>
public enum CrashStore
{
    Sqlite,
    PostgreSql,
}
