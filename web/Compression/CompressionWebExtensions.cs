using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticAssets;
using Netwerkbijeenkomst.Web.MeetingRoom;

namespace Netwerkbijeenkomst.Web.Compression;

/// <summary>
/// Pages and JSON compressed on the fly (Brotli, else gzip), but only for requests the browser says this site made
/// itself: a cross-site page cannot get a compressed answer to measure, which is what CRIME/BREACH need
/// (docs/performance.md, "Lean page"). Scripts and styles are compressed at build time by MapStaticAssets.
/// </summary>
internal static class CompressionWebExtensions
{
    public static WebApplicationBuilder AddCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(compression =>
        {
            // Safe over HTTPS only because of the same-origin condition in UseCompression.
            compression.EnableForHttps = true;
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
        });

        // Optimal (Brotli quality 4): on a page of 20 KB it costs well under a millisecond and saves about a tenth over Fastest.
        builder.Services.Configure<BrotliCompressionProviderOptions>(brotli => brotli.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(gzip => gzip.Level = CompressionLevel.Optimal);
        return builder;
    }

    public static WebApplication UseCompression(this WebApplication app)
    {
        app.UseWhen(IsOwnRequest, compressed => compressed.UseResponseCompression());
        return app;
    }

    /// <summary>
    /// Sec-Fetch-Site is set by the browser and cannot be set by a page: "same-origin" is this site's own page or
    /// script, "none" an address typed or a bookmark. Left out: the hub (its long-polling answers carry what people
    /// post; its WebSocket frames pass this middleware by anyway) and MapStaticAssets' files, already compressed
    /// (wrapped in this middleware as well, they went out as a gzip of the file labelled Brotli).
    /// </summary>
    internal static bool IsOwnRequest(HttpContext context) =>
        context.Request.Headers["Sec-Fetch-Site"] is [var site]
        && (site == "same-origin" || site == "none")
        && !context.Request.Path.StartsWithSegments(MeetingRoomWebExtensions.HubPath)
        && context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is null;
}
