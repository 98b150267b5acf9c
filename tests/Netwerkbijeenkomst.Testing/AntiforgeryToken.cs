using System.Text.RegularExpressions;

namespace Netwerkbijeenkomst.Testing;

/// <summary>The antiforgery token a rendered form carries, for tests that post forms the way a browser does.</summary>
public static partial class AntiforgeryToken
{
    public const string FieldName = "__RequestVerificationToken";

    public static string In(string page) => Token().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
