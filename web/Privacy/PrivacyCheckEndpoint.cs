using Microsoft.Extensions.DependencyInjection.Extensions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Web.Privacy;

/// <summary>
/// The privacy check while typing: the case form sends its text here (debounced) and highlights what it gets back,
/// so people learn what to leave out before they submit. It stores and logs nothing; the grains check again on save.
/// </summary>
internal static class PrivacyCheckEndpoint
{
    public const int MaxLength = 10_000;

    /// <summary>The detector runs in the web process too, whether or not it hosts a silo.</summary>
    public static WebApplicationBuilder AddPrivacyCheck(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton<IPrivacyCheck, DutchPersonalDataDetector>();
        return builder;
    }

    public static WebApplication MapPrivacyCheck(this WebApplication app)
    {
        app.MapPost("/privacy/controle", (PrivacyCheckRequest request, IPrivacyCheck check) =>
            request.Text is null || request.Text.Length > MaxLength
                ? Results.BadRequest(new { error = $"Stuur een tekst van hoogstens {MaxLength} tekens." })
                : Results.Ok(new PrivacyCheckResponse([.. check.Find(request.Text).Select(f => new PrivacyCheckFinding(f.Start, f.Length, PrivacyKinds.Code(f.Kind), PersonalDataNames.Dutch(f.Kind)))])))
            .RequireAuthorization();
        return app;
    }

    public sealed record PrivacyCheckRequest(string? Text);

    public sealed record PrivacyCheckResponse(IReadOnlyList<PrivacyCheckFinding> Findings);

    public sealed record PrivacyCheckFinding(int Start, int Length, string Kind, string Label);
}
