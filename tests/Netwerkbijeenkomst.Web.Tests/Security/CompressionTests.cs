using System.IO.Compression;
using System.Net.Http.Headers;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Security;

/// <summary>
/// Pages are compressed only for the site's own requests (Sec-Fetch-Site same-origin or none), so a cross-site page
/// never gets a compressed answer to measure (CRIME/BREACH); scripts come compressed from the build, fingerprinted.
/// </summary>
public sealed class CompressionTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();

    [Theory]
    [InlineData("same-origin")]
    [InlineData("none")]
    public async Task Page_AskedForByTheSiteItself_IsBrotliCompressed(string site)
    {
        using var response = await GetAsync("/account/inloggen", site);

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        await using var html = new BrotliStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(html);
        Assert.Contains("Inloggen", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cross-site")]
    [InlineData("same-site")]
    [InlineData(null)]
    public async Task Page_AskedForFromElsewhereOrWithoutFetchMetadata_IsNotCompressed(string? site)
    {
        using var response = await GetAsync("/account/inloggen", site);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("Inloggen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LiveRoomScript_ComesBrotliCompressedFromTheBuild_UnderItsFingerprintedName()
    {
        using var page = await GetAsync("/account/inloggen", site: null);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Matches(@"href=""/css/site\.[a-z0-9]+\.css""", html);

        using var script = await GetAsync("/js/meeting-room.js", "same-origin");

        Assert.Equal(["br"], script.Content.Headers.ContentEncoding);
        await using var body = new BrotliStream(await script.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(body);
        Assert.Contains("/hubs/meeting", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        Assert.True(script.Headers.Contains("Content-Security-Policy"), "a static file keeps the security headers");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<HttpResponseMessage> GetAsync(string path, string? site)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        return await _factory.CreateClient().SendAsync(request);
    }
}
