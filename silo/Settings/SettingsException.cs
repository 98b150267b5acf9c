namespace Netwerkbijeenkomst.Silo.Settings;

/// <summary>A setting read while the host is built is missing or wrong; the start stops with <see cref="Exception.Message"/> as its one line.</summary>
public sealed class SettingsException : Exception
{
    public SettingsException(IReadOnlyList<SettingProblem> problems)
        : base(SettingsLine.Of([.. problems.Select(p => p.Line)]))
    {
        Problems = problems;
    }

    public SettingsException(SettingProblem problem)
        : this([problem])
    {
    }

    public SettingsException()
        : this("Een instelling is ongeldig / A setting is invalid")
    {
    }

    public SettingsException(string message)
        : base(message)
    {
        Problems = [];
    }

    public SettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<SettingProblem> Problems { get; }
}
