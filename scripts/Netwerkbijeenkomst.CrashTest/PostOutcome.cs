namespace Netwerkbijeenkomst.CrashTest;

/// <summary>What came back for one post.</summary>
internal enum PostOutcome
{
    /// <summary>The server answered without a refusal: by its promise, the contribution is stored.</summary>
    Acknowledged,

    /// <summary>The server answered with a refusal; nothing was stored for it.</summary>
    Refused,

    /// <summary>No answer (the server died): stored or not, nobody knows until it is sent again.</summary>
    NoAnswer,
}
