namespace Netwerkbijeenkomst.Web.Privacy;

/// <summary>The Dutch sentences around a text refused for personal data, the same on server forms and in the live room.</summary>
public static class PrivacyMessages
{
    /// <summary>Above the form (or in the room's alert); each refused field explains its own kinds under the marked text.</summary>
    public const string NothingStored = "Er staan gegevens in die een persoon herkenbaar maken. Er is niets opgeslagen.";
}
