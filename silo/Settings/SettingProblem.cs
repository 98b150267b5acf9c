namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>One missing or wrong setting, named by its full key, said in Dutch and in English.</summary>
public sealed record SettingProblem(string Key, string Dutch, string English)
{
    /// <summary>The line an operator reads, e.g. "Instelling 'Mail:Smtp:Host' ontbreekt / Setting 'Mail:Smtp:Host' is missing".</summary>
    public string Line => $"Instelling '{Key}' {Dutch} / Setting '{Key}' {English}";

    public static SettingProblem Missing(string key) => new(key, "ontbreekt", "is missing");

    public static SettingProblem Invalid(string key, string dutch, string english) => new(key, dutch, english);
}
