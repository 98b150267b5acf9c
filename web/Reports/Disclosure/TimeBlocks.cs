namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>The blocks of one year: 0 the year, 1–4 its quarters, 5–16 its months.</summary>
internal static class TimeBlocks
{
    public const int Year = 0;

    public const int Count = 17;

    public static int Quarter(int quarter) => quarter;

    public static int Month(int month) => 4 + month;

    /// <summary>0 for the year, 1 for a quarter, 2 for a month.</summary>
    public static int Level(int block) => block == Year ? 0 : block <= 4 ? 1 : 2;

    /// <summary>The block one level up (the year for a quarter, the quarter for a month); -1 for the year.</summary>
    public static int Parent(int block) => block == Year ? -1 : block <= 4 ? Year : Quarter(((block - 5) / 3) + 1);

    public static int FirstMonth(int block) => block == Year ? 1 : block <= 4 ? ((block - 1) * 3) + 1 : block - 4;

    public static int LastMonth(int block) => block == Year ? 12 : block <= 4 ? block * 3 : block - 4;

    /// <summary>The blocks of <paramref name="level"/> that have started within the first <paramref name="months"/> months.</summary>
    public static IEnumerable<int> OfLevel(int level, int months) => level switch
    {
        0 => months > 0 ? [Year] : [],
        1 => Enumerable.Range(1, 4).Where(q => FirstMonth(q) <= months),
        _ => Enumerable.Range(1, months).Select(Month),
    };

    /// <summary>The blocks that hold <paramref name="month"/> (1–12): its month, quarter and year.</summary>
    public static IEnumerable<int> Holding(int month) => [Month(month), Quarter(((month - 1) / 3) + 1), Year];
}
