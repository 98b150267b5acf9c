namespace Netwerkbijeenkomst.Grains.Abstractions;

/// <summary>A refused command: a stable <see cref="Code"/> for programs and a Dutch message for people. Nothing was stored.</summary>
[GenerateSerializer]
[Alias("DomainException")]
public abstract class DomainException : Exception
{
    protected DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    protected DomainException()
    {
        Code = "domain";
    }

    protected DomainException(string message)
        : base(message)
    {
        Code = "domain";
    }

    protected DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain";
    }

    /// <summary>Stable, dotted, lower-case: <c>meeting.not-started</c>. Never changes once released.</summary>
    [Id(0)]
    public string Code { get; }
}
