using System.Security.Cryptography;

namespace Netwerkbijeenkomst.Web.Security;

/// <summary>
/// A fresh random value per request: the Content-Security-Policy names it, and the page's own script elements carry it
/// (<see cref="NonceTagHelper"/>), so a script that reached the page any other way does not run.
/// </summary>
public sealed class CspNonce
{
    public string Value { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
