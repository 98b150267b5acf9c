using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Audit;

/// <summary>Appends to the access log. There is deliberately no way here, or anywhere in the product, to change or remove a line.</summary>
public sealed class AccessLog(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    public const string Case = "casus";
    public const string Minutes = "verslag";
    public const string SocialMap = "sociale kaart";
    public const string ActionPoints = "actiepunten";
    public const string Report = "rapportage";
    public const string Allowed = "toegestaan";
    public const string Refused = "geweigerd";

    public async Task RecordAsync(string userId, string role, string networkId, string objectType, string objectId, string action, string result)
    {
        await using var db = await contexts.CreateDbContextAsync();
        db.AccessLog.Add(new AccessLogEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            UserId = userId,
            Role = role,
            NetworkId = networkId,
            ObjectType = objectType,
            ObjectId = objectId,
            Action = action,
            Result = result,
        });
        await db.SaveChangesAsync();
    }

    public async Task<IReadOnlyList<AccessLogEntry>> ForObjectAsync(string objectType, string objectId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.AccessLog.AsNoTracking().Where(e => e.ObjectType == objectType && e.ObjectId == objectId).OrderByDescending(e => e.Id).ToListAsync();
    }

    public async Task<IReadOnlyList<AccessLogEntry>> LatestAsync(int count)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.AccessLog.AsNoTracking().OrderByDescending(e => e.Id).Take(count).ToListAsync();
    }
}
