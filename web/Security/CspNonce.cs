using System.Buffers.Text;
using System.Security.Cryptography;

namespace Netwerkbijeenkomst.Web.Security;

/// <summary>
/// A fresh random value per request: the Content-Security-Policy names it, and the page's own script elements carry it
/// (<see cref="NonceTagHelper"/>), so a script that reached the page any other way does not run.
/// </summary>
public sealed class CspNonce
{
    /// <summary>128 random bits in base64url, which CSP allows and HTML needs no escape for (base64's "+" became "&amp;#x2B;").</summary>
    public string Value { get; } = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
