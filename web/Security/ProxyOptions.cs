using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Netwerkbijeenkomst.Web.Security;

/// <summary>
/// The reverse proxy in front of the web host (<c>Proxy:Addresses</c>): only from these addresses or networks are
/// X-Forwarded-For and X-Forwarded-Proto believed. Empty: the host is reached directly and such headers are ignored.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    /// <summary>IP addresses ("10.0.0.5") or networks ("10.0.0.0/24") of the proxies.</summary>
    public List<string> Addresses { get; init; } = [];

    public IEnumerable<IPAddress> KnownProxies() => Addresses.Where(a => !a.Contains('/', StringComparison.Ordinal)).Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> KnownNetworks() => Addresses.Where(a => a.Contains('/', StringComparison.Ordinal)).Select(IPNetwork.Parse);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Addresses.Count; i++)
        {
            var address = Addresses[i];
            var valid = address.Contains('/', StringComparison.Ordinal) ? IPNetwork.TryParse(address, out _) : IPAddress.TryParse(address, out _);
            if (!valid)
            {
                yield return new ValidationResult(
                    $"is geen IP-adres of netwerk ('{address}') / is not an IP address or network ('{address}')", [$"{nameof(Addresses)}:{i}"]);
            }
        }
    }
}
