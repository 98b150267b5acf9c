using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Netwerkbijeenkomst.Web.Pages.Account;

/// <summary>
/// The Dutch page for an answer without a body (404, 400, 409): shown in place of the browser's own error page. A
/// network, meeting or case the person may not see gets the same page as one that does not exist, so the words say both.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    public void OnGet(int code) => Show(code);

    // A refused form post is shown this page too (re-executed with its own method).
    public void OnPost(int code) => Show(code);

    private void Show(int code)
    {
        // Requested directly, the page still answers with the status it describes.
        Response.StatusCode = code is >= 400 and < 600 ? code : StatusCodes.Status404NotFound;
        (Title, Text) = Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("Niet gevonden", "Deze pagina bestaat niet, of u heeft er geen toegang toe. Hoort u bij dit netwerk? Vraag dan de netwerkcoördinator om een uitnodiging."),
            StatusCodes.Status400BadRequest => ("Dit klopt niet", "Wat u stuurde kon niet worden verwerkt. Ga terug en probeer het opnieuw; er is niets opgeslagen."),
            StatusCodes.Status409Conflict => ("Dit kan nu niet", "Dit kan in de huidige stand van zaken niet. Laad de pagina opnieuw en kijk of het nog nodig is; er is niets opgeslagen."),
            _ => ("Er ging iets mis", "Probeer het over een ogenblik opnieuw."),
        };
    }
}
