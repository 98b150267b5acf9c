using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Silo.Tests.Journal;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>
/// Copies every note in the log into the notes table. Given <paramref name="failOn"/>, it fails on that note after
/// writing the notes before it in the batch, as a node that crashes mid-batch would.
/// </summary>
public sealed class NotesProjection(string? failOn = null) : IEventProjection<NotesDbContext>
{
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name => "notes";

    public bool Handles(LoggedEvent logged) => logged?.Event is NoteAdded;

    /// <summary>Completes when the projection has staged its first batch (not yet committed).</summary>
    public Task FirstBatch => _firstBatch.Task;

    public async Task ApplyAsync(NotesDbContext db, IReadOnlyList<LoggedEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var logged in events)
        {
            if (logged.Event is not NoteAdded note)
            {
                continue;
            }

            if (note.Text == failOn)
            {
                // Written inside the batch's transaction, so only the rollback can take it back.
                await db.SaveChangesAsync(cancellationToken);
                throw new InvalidOperationException($"The projection cannot handle {logged.StreamId}#{logged.Sequence}.");
            }

            db.Notes.Add(new ProjectedNote { Position = logged.Position, StreamId = logged.StreamId, Sequence = logged.Sequence, Text = note.Text });
        }

        _firstBatch.TrySetResult();
    }
}
