namespace Netwerkbijeenkomst.Grains.Abstractions;

/// <summary>The caller may not do this (HTTP 403).</summary>
[GenerateSerializer]
[Alias("NotAllowedException")]
public sealed class NotAllowedException(string code, string message) : DomainException(code, message);

/// <summary>The object is not in a state that allows this (HTTP 409).</summary>
[GenerateSerializer]
[Alias("InvalidStateException")]
public sealed class InvalidStateException(string code, string message) : DomainException(code, message);

/// <summary>An input is missing or wrong (HTTP 400); <see cref="Field"/> names it.</summary>
[GenerateSerializer]
[Alias("InvalidInputException")]
public sealed class InvalidInputException(string code, string field, string message) : DomainException(code, message)
{
    [Id(0)]
    public string Field { get; } = field;
}

/// <summary>The referenced object does not exist (HTTP 404).</summary>
[GenerateSerializer]
[Alias("NotFoundException")]
public sealed class NotFoundException(string code, string message) : DomainException(code, message);
