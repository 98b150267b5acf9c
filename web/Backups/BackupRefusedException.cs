namespace Netwerkbijeenkomst.Web.Backups;

/// <summary>A backup or restore that is refused before it changes anything; the message is one line, Dutch / English.</summary>
public sealed class BackupRefusedException : Exception
{
    public BackupRefusedException(string dutch, string english)
        : base($"Geweigerd: {dutch} / Refused: {english}")
    {
    }

    public BackupRefusedException()
    {
    }

    public BackupRefusedException(string message)
        : base(message)
    {
    }

    public BackupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
