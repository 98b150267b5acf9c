using Microsoft.Extensions.Caching.Memory;

namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>
/// Keeps protected cubes between requests, keyed by what they were made from (the province's networks, the last
/// month, the threshold and a digest of every count), so a report asked again after nothing changed in its counts
/// is not protected again, and one asked after a change is: no invalidation to forget. Bounded in entries.
/// </summary>
public sealed class ProtectionCache : IDisposable
{
    private readonly MemoryCache _cubes = new(new MemoryCacheOptions { SizeLimit = 4_000 });

    public ProtectedCube Protect(CountCube cube, ScopeTree scopes, DateOnly lastMonth, int threshold)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(scopes);
        var key = (scopes.Digest, lastMonth, threshold, cube.Digest());
        return _cubes.GetOrCreate(key, entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromMinutes(30);
            return ProtectedCube.Protect(cube, scopes, lastMonth, threshold);
        })!;
    }

    public void Dispose() => _cubes.Dispose();
}
