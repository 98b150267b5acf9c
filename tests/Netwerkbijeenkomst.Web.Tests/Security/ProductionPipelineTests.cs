using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Security;

namespace Netwerkbijeenkomst.Web.Tests.Security;

/// <summary>
/// Outside Development: HTTPS redirection, HSTS, Secure cookies, and X-Forwarded-* believed only from the configured proxy.
/// A bare host with only this wiring, because the product's own start needs Development settings in the tests.
/// </summary>
public sealed class ProductionPipelineTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("10.0.0.5");
    private static readonly IPAddress Elsewhere = IPAddress.Parse("10.0.0.9");

    [Fact]
    public async Task PlainHttp_IsRedirectedToHttps()
    {
        await using var app = await StartAsync(proxies: []);

        var context = await SendAsync(app, "http", Elsewhere);

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
        Assert.Equal("https://netwerk.example/", context.Response.Headers.Location.ToString());
        Assert.Equal("nosniff", context.Response.Headers.XContentTypeOptions.ToString());
    }

    [Fact]
    public async Task Https_GetsHsts_AndOnlySecureHttpOnlyCookies()
    {
        await using var app = await StartAsync(proxies: []);

        var context = await SendAsync(app, "https", Elsewhere);

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("max-age=31536000", context.Response.Headers.StrictTransportSecurity.ToString());
        var cookie = context.Response.Headers.SetCookie.ToString();
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ForwardedHttps_FromTheConfiguredProxy_IsBelieved()
    {
        await using var app = await StartAsync(proxies: ["10.0.0.5"]);

        var context = await SendAsync(app, "http", Proxy, forwardedFor: "203.0.113.7");

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("https 203.0.113.7", await BodyAsync(context));
    }

    [Fact]
    public async Task ForwardedHttps_FromAConfiguredNetwork_IsBelieved()
    {
        await using var app = await StartAsync(proxies: ["10.0.0.0/29"]);

        var context = await SendAsync(app, "http", Proxy, forwardedFor: "203.0.113.7");

        Assert.Equal("https 203.0.113.7", await BodyAsync(context));
    }

    [Fact]
    public async Task ForwardedHttps_FromAnotherAddress_IsIgnored()
    {
        await using var app = await StartAsync(proxies: ["10.0.0.5"]);

        var context = await SendAsync(app, "http", Elsewhere, forwardedFor: "203.0.113.7");

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
    }

    [Fact]
    public async Task ForwardedHttps_WithNoProxyConfigured_IsIgnored()
    {
        await using var app = await StartAsync(proxies: []);

        var context = await SendAsync(app, "http", Proxy, forwardedFor: "203.0.113.7");

        Assert.Equal(StatusCodes.Status307TemporaryRedirect, context.Response.StatusCode);
    }

    [Fact]
    public async Task ProxyAddress_ThatIsNoIpAddress_StopsTheStartNamingTheKey()
    {
        var start = StartAsync(proxies: ["10.0.0.5", "proxy.gemeente.nl"]);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => start);

        Assert.Contains("Instelling 'Proxy:Addresses:1' is geen IP-adres of netwerk ('proxy.gemeente.nl') / Setting 'Proxy:Addresses:1' is not an IP address or network", error.Message, StringComparison.Ordinal);
    }

    private static async Task<WebApplication> StartAsync(string[] proxies)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(
            proxies.Select((proxy, i) => KeyValuePair.Create<string, string?>($"Proxy:Addresses:{i}", proxy))
                .Append(KeyValuePair.Create<string, string?>("https_port", "443")));
        builder.AddSecurityHeaders();
        var app = builder.Build();
        app.UseSecurityHeaders();
        app.MapGet("/", (HttpContext context) =>
        {
            context.Response.Cookies.Append("proef", "1");
            return $"{context.Request.Scheme} {context.Connection.RemoteIpAddress}";
        });
        await app.StartAsync();
        return app;
    }

    private static Task<HttpContext> SendAsync(WebApplication app, string scheme, IPAddress from, string? forwardedFor = null) =>
        app.GetTestServer().SendAsync(context =>
        {
            context.Request.Scheme = scheme;
            context.Request.Host = new HostString("netwerk.example");
            context.Request.Path = "/";
            context.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null)
            {
                context.Request.Headers["X-Forwarded-For"] = forwardedFor;
                context.Request.Headers["X-Forwarded-Proto"] = "https";
            }
        });

    private static async Task<string> BodyAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Response.Body);
        return await reader.ReadToEndAsync();
    }
}
