using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>
/// The net changes between two agendas: what was removed, added, moved and edited. Undoing a change leaves nothing to
/// announce, and two edits of one item are one change from the old values to the new.
/// </summary>
internal static class AgendaDiff
{
    public static ImmutableArray<AgendaChange> Between(IReadOnlyList<AgendaItem> before, IReadOnlyList<AgendaItem> after)
    {
        var oldIndex = before.Select((item, index) => (item.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var newIds = after.Select(i => i.Id).ToHashSet();
        var changes = ImmutableArray.CreateBuilder<AgendaChange>();
        changes.AddRange(before.Where(i => !newIds.Contains(i.Id)).Select(i => new AgendaItemRemovedChange(i)));

        var kept = InOrder([.. after.Where(i => oldIndex.ContainsKey(i.Id)).Select(i => oldIndex[i.Id])]);
        var stayed = 0;
        for (var position = 0; position < after.Count; position++)
        {
            var item = after[position];
            if (!oldIndex.TryGetValue(item.Id, out var from))
            {
                changes.Add(new AgendaItemAddedChange(item, position));
                continue;
            }

            if (!kept.Contains(stayed++))
            {
                changes.Add(new AgendaItemMovedChange(item, from, position));
            }

            if (before[from] != item)
            {
                changes.Add(new AgendaItemEditedChange(before[from], item));
            }
        }

        return changes.ToImmutable();
    }

    /// <summary>
    /// The indexes of a longest run of <paramref name="ranks"/> that still stands in its old order: those items did not
    /// move, the others did. Of equally long runs it keeps the later items, so an item moved up is the one named.
    /// </summary>
    private static HashSet<int> InOrder(List<int> ranks)
    {
        var length = new int[ranks.Count];
        var previous = new int[ranks.Count];
        var end = -1;
        for (var i = 0; i < ranks.Count; i++)
        {
            (length[i], previous[i]) = (1, -1);
            for (var j = 0; j < i; j++)
            {
                if (ranks[j] < ranks[i] && length[j] + 1 >= length[i])
                {
                    (length[i], previous[i]) = (length[j] + 1, j);
                }
            }

            if (end < 0 || length[i] >= length[end])
            {
                end = i;
            }
        }

        var kept = new HashSet<int>();
        for (var i = end; i >= 0; i = previous[i])
        {
            kept.Add(i);
        }

        return kept;
    }
}
