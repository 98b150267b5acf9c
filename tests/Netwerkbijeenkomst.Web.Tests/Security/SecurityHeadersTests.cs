using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Web.Security;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Security;

/// <summary>
/// Every page of the authorization matrix, as a role that gets the page itself (else as nobody: the redirect or 404),
/// answers with the security headers, and its HTML has no inline handler, no javascript: link, no style attribute and
/// no script without this response's nonce.
/// </summary>
public sealed partial class SecurityHeadersTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task EveryPage_HasTheSecurityHeaders_AndNoScriptThePolicyWouldBlock()
    {
        var pages = await AuthorizationMatrixTests.PagesAsync(_demo);
        var clients = new Dictionary<string, SignedInClient>();
        var problems = new List<string>();
        var htmlPages = 0;
        try
        {
            foreach (var (path, expected) in pages.Concat(OutsideTheMatrix))
            {
                var role = Roles.All.FirstOrDefault(r => expected.GetValueOrDefault(r) == AuthorizationMatrixTests.Ok) ?? Roles.Anonymous;
                if (!clients.TryGetValue(role, out var client))
                {
                    clients[role] = client = await SignedInClient.SignInAsync(_factory, Roles.Email(role));
                }

                var response = await client.GetAsync(path);
                var html = response.Content.Headers.ContentType?.MediaType == "text/html" ? await response.Content.ReadAsStringAsync() : null;
                htmlPages += html is null ? 0 : 1;
                problems.AddRange(Problems(response, html).Select(p => $"{role} {path} ({(int)response.StatusCode}): {p}"));
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(htmlPages > 40, $"only {htmlPages} HTML pages were checked");
    }

    /// <summary>Pages everyone may open (not in the matrix), a static file, the health check and an unknown address.</summary>
    private static readonly (string Path, Dictionary<string, string> Expected)[] OutsideTheMatrix =
    [
        ("/account/inloggen", new() { [Roles.Anonymous] = AuthorizationMatrixTests.Ok }),
        ("/account/wachtwoord-vergeten", new() { [Roles.Anonymous] = AuthorizationMatrixTests.Ok }),
        ("/account/wachtwoord-herstellen?gebruiker=onbekend&code=onbekend", new() { [Roles.Anonymous] = AuthorizationMatrixTests.Ok }),
        ("/account/uitnodiging?gebruiker=onbekend&code=onbekend", new() { [Roles.Anonymous] = AuthorizationMatrixTests.Ok }),
        ("/account/verwijderd", new() { [Roles.Anonymous] = AuthorizationMatrixTests.Ok }),
        ("/account/geen-toegang", new() { [Roles.Member] = AuthorizationMatrixTests.Ok }),
        ("/netwerken/utrecht/uitnodiging?code=onbekend", new() { [Roles.Member] = AuthorizationMatrixTests.Ok }),
        ("/ontwikkeling/postvak", new() { [Roles.Anonymous] = AuthorizationMatrixTests.Ok }),
        ("/css/site.css", []),
        ("/health", []),
        ("/bestaat-niet", []),
    ];

    [Fact]
    public async Task Nonce_IsNewForEveryResponse()
    {
        using var client = _factory.CreateClient();

        var first = Nonce(await client.GetAsync(new Uri("/", UriKind.Relative)));
        var second = Nonce(await client.GetAsync(new Uri("/", UriKind.Relative)));

        Assert.NotNull(first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Problems_FindsAnInlineHandlerAndAScriptWithoutTheNonce()
    {
        using var client = _factory.CreateClient();
        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var nonce = Nonce(response);
        var html = $"""
            <form onsubmit="return confirm('x')"></form><script nonce="{nonce}" src="/js/a.js"></script>
            <script>alert(1)</script><script nonce="{nonce}">alert(2)</script><a href="javascript:alert(3)">x</a><p style="color:red">x</p>
            """;

        var problems = Problems(response, html).ToList();

        Assert.Contains(problems, p => p.StartsWith("onsubmit=", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("without this response's nonce: <script>", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith($"inline script: <script nonce=\"{nonce}\">", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("javascript:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("style=", StringComparison.Ordinal));
        Assert.Equal(6, problems.Count);
    }

    private static IEnumerable<string> Problems(HttpResponseMessage response, string? html)
    {
        var dashboard = response.RequestMessage!.RequestUri!.AbsolutePath.StartsWith(Web.Silo.SiloWebExtensions.DashboardPath, StringComparison.Ordinal);
        var policy = Header(response, "Content-Security-Policy");
        var nonce = Nonce(response);
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'", "connect-src 'self'", "style-src 'self'" })
        {
            if (policy?.Contains(directive, StringComparison.Ordinal) != true && !(dashboard && directive.StartsWith("style-src", StringComparison.Ordinal)))
            {
                yield return $"Content-Security-Policy lacks {directive}: {policy}";
            }
        }

        if (!dashboard && nonce is null)
        {
            yield return $"Content-Security-Policy names no nonce: {policy}";
        }

        if (!dashboard && policy?.Contains("unsafe-", StringComparison.Ordinal) == true)
        {
            yield return $"Content-Security-Policy allows something unsafe: {policy}";
        }

        if (Header(response, "X-Content-Type-Options") != "nosniff")
        {
            yield return "no X-Content-Type-Options: nosniff";
        }

        if (Header(response, "Referrer-Policy") != SecurityHeadersMiddleware.ReferrerPolicy)
        {
            yield return "no Referrer-Policy";
        }

        if (Header(response, "Permissions-Policy") is not { } permissions || !permissions.Contains("camera=()", StringComparison.Ordinal)
            || !permissions.Contains("microphone=()", StringComparison.Ordinal) || !permissions.Contains("geolocation=()", StringComparison.Ordinal))
        {
            yield return "no Permissions-Policy that turns off camera, microphone and location";
        }

        // Orleans' dashboard is not our markup; its policy allows its own same-origin script file and style attributes.
        if (html is null || dashboard)
        {
            yield break;
        }

        foreach (Match script in ScriptElement().Matches(html))
        {
            var tag = script.Groups["tag"].Value;
            if (!tag.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal))
            {
                yield return $"script without this response's nonce: {tag}";
            }

            if (!tag.Contains(" src=", StringComparison.Ordinal) && !tag.Contains("type=\"application/json\"", StringComparison.Ordinal))
            {
                yield return $"inline script: {tag}";
            }
        }

        // Script contents are data (JSON), not markup: only the tags outside them are searched.
        foreach (Match tag in StartTag().Matches(ScriptElement().Replace(html, "")))
        {
            foreach (Match attribute in RiskyAttribute().Matches(tag.Value))
            {
                yield return $"{attribute.Value.Trim()} in {tag.Value}";
            }
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static string? Nonce(HttpResponseMessage response) =>
        Header(response, "Content-Security-Policy") is { } policy && NonceSource().Match(policy) is { Success: true } match ? match.Groups["nonce"].Value : null;

    [GeneratedRegex(@"'nonce-(?<nonce>[A-Za-z0-9+/_=-]+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex(@"(?<tag><script\b[^>]*>)(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptElement();

    [GeneratedRegex(@"<[a-zA-Z][^>]*>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"\s(on[a-z]+\s*=|style\s*=)|(href|action|src|formaction)\s*=\s*""\s*javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex RiskyAttribute();

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        await ReportViewers.AddAsync(_factory);
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
