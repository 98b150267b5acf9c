namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>The case page's time form; <see cref="EntryId"/> is made when the form is shown, so sending it twice is one entry.</summary>
public sealed class HoursInput
{
    public Guid EntryId { get; set; }

    public int? QuarterHours { get; set; }

    public DateOnly? Day { get; set; }

    /// <summary>The choices of the select: a quarter hour up to a working day.</summary>
    public static IEnumerable<int> Choices => Enumerable.Range(1, Grains.Cases.CaseGrain.MaxQuarterHoursPerEntry);
}
