using System.Net;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>A person signed in on one web node over real HTTP: cookies kept, forms posted with their antiforgery token.</summary>
public sealed class WebSession : IDisposable
{
    public const string Password = "demo-wachtwoord-2026";

    private readonly HttpClient _http;

    private WebSession(Uri node)
    {
        Node = node;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = node };
    }

    public Uri Node { get; }

    public CookieContainer Cookies { get; } = new();

    public static async Task<WebSession> SignInAsync(Uri node, string email)
    {
        var session = new WebSession(node);
        var response = await session.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in {email} on {node} answered {response.StatusCode}.");
        return session;
    }

    /// <summary>Opens <paramref name="formPage"/>, takes its antiforgery token, and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await _http.GetStringAsync(new Uri(formPage, UriKind.Relative));
        fields[AntiforgeryToken.FieldName] = AntiforgeryToken.In(page);
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public void Dispose() => _http.Dispose();
}
