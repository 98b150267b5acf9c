namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>
/// The rows a reader can add and subtract: the shown figures as 0/1 vectors over the atoms. Kept in echelon form
/// modulo a large prime, so "is this small figure a sum and difference of shown ones" is one reduction.
/// </summary>
internal sealed class RowSpace(int width)
{
    private const long Prime = 2_147_483_647;
    private readonly Dictionary<int, long[]> _pivots = [];

    public void Add(bool[] row)
    {
        var reduced = Reduce(row);
        var pivot = Array.FindIndex(reduced, x => x != 0);
        if (pivot < 0)
        {
            return;
        }

        var inverse = Power(reduced[pivot], Prime - 2);
        for (var i = 0; i < width; i++)
        {
            reduced[i] = reduced[i] * inverse % Prime;
        }

        _pivots[pivot] = reduced;
    }

    public bool Contains(bool[] row) => Reduce(row).All(x => x == 0);

    private long[] Reduce(bool[] row)
    {
        var vector = row.Select(x => x ? 1L : 0L).ToArray();
        for (var i = 0; i < width; i++)
        {
            if (vector[i] != 0 && _pivots.TryGetValue(i, out var pivotRow))
            {
                var factor = vector[i];
                for (var j = i; j < width; j++)
                {
                    vector[j] = (((vector[j] - (factor * pivotRow[j])) % Prime) + Prime) % Prime;
                }
            }
        }

        return vector;
    }

    private static long Power(long value, long exponent)
    {
        var result = 1L;
        value %= Prime;
        while (exponent > 0)
        {
            if ((exponent & 1) == 1)
            {
                result = result * value % Prime;
            }

            value = value * value % Prime;
            exponent >>= 1;
        }

        return result;
    }
}
