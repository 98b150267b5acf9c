using System.Net;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>An HTTP client that keeps its own cookies (so a test can hand them to a WebSocket) and posts forms with their antiforgery token.</summary>
public sealed class SignedInClient(HttpClient http) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = [];

    public const string CodeStep = "/account/inloggen/code";

    public string CookieHeader => string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}"));

    public static async Task<SignedInClient> SignInAsync(WebAppFactory factory, string? email, string? password = null)
    {
        // On Kestrel the factory's client follows redirects whatever it is told; a plain socket client does as asked.
        var client = new SignedInClient(factory.KestrelAddress is { } address
            ? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address }
            : factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        if (email is not null)
        {
            var response = await client.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = password ?? ReportViewers.PasswordOf(email) });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            if (response.Headers.Location?.OriginalString.StartsWith(CodeStep, StringComparison.Ordinal) == true)
            {
                // An account with two-factor sign-in: a code its app shows, not yet used.
                var code = Totp.Fresh((await TwoFactorAccounts.KeyAsync(factory, email))!);
                response = await client.PostFormAsync(CodeStep, CodeStep, new() { ["Code"] = code });
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }
        }

        return client;
    }

    /// <summary>A client that sends <paramref name="cookieHeader"/>, copied from another: a stolen or replayed cookie.</summary>
    public static SignedInClient WithCookies(WebAppFactory factory, string cookieHeader)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(cookieHeader);
        var client = new SignedInClient(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        foreach (var cookie in cookieHeader.Split("; ", StringSplitOptions.RemoveEmptyEntries).Select(c => c.Split('=', 2)))
        {
            client._cookies[cookie[0]] = cookie[1];
        }

        return client;
    }

    public async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    public async Task<string> GetPageAsync(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token, and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await (await GetAsync(formPage)).Content.ReadAsStringAsync();
        fields[AntiforgeryToken.FieldName] = AntiforgeryToken.In(page);
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader);
        }

        var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var cookie in setCookies.Select(c => c.Split(';')[0].Split('=', 2)))
            {
                _cookies[cookie[0]] = cookie[1];
            }
        }

        return response;
    }
}
