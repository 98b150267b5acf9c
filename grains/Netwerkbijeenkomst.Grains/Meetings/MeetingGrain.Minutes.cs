using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>The minutes: a draft built from the meeting's events once it is closed, the coordinator's notes, and approval.</summary>
public sealed partial class MeetingGrain
{
    public const int MinutesNoteMaxLength = 1000;

    public async Task<Minutes> GetMinutesAsync(Actor actor)
    {
        var role = await RequireParticipantAsync(actor);
        RequireStatus("meeting.not-closed", "Het verslag is er zodra de bijeenkomst is gesloten.", MeetingStatus.Closed);
        if (State.MinutesApprovedAt is null && role != NetworkRole.Coordinator)
        {
            throw new InvalidStateException("minutes.not-approved", "Het verslag is er zodra de coördinator het heeft vastgesteld.");
        }

        var caseIds = State.Agenda.Where(i => i.CaseId.HasValue).Select(i => i.CaseId!.Value).ToImmutableArray();
        var labels = caseIds.IsEmpty ? ImmutableDictionary<Guid, string>.Empty : await Network.GetCaseLabelsAsync(caseIds);
        var cases = State.Agenda
            .Where(i => i.CaseId.HasValue)
            .Select(i => new CaseMinutes(
                i.CaseId!.Value,
                i.Title,
                [.. State.Advice.Where(a => a.CaseId == i.CaseId)],
                [.. State.Escalations.Where(e => e.CaseId == i.CaseId)]));
        var items = State.Agenda.Select(i => new MinutesItem(
            i.Id,
            i.Kind,
            i.Title,
            i.PresenterId,
            i.CaseId,
            i.CaseId is { } caseId ? labels.GetValueOrDefault(caseId) : null,
            [.. State.Advice.Where(a => i.CaseId.HasValue && a.CaseId == i.CaseId)],
            [.. State.ActionPoints.Where(a => i.CaseId.HasValue && a.CaseId == i.CaseId)],
            [.. State.Escalations.Where(e => i.CaseId.HasValue && e.CaseId == i.CaseId)],
            State.MinutesNotes.GetValueOrDefault(i.Id))
        {
            Rounds = [.. State.Rounds.Where(r => r.ItemId == i.Id).Select(RoundInMinutes)],
        });
        var regrets = State.Rsvps.Where(r => r.Value == Rsvp.No && !State.Attended.Contains(r.Key)).Select(r => r.Key).Order(StringComparer.Ordinal);
        return new Minutes(
            Id, State.NetworkId, State.Title, State.StartsAt, [.. State.Attended], [.. State.Agenda], [.. cases], [.. State.ActionPoints], [.. State.Escalations],
            [.. items], [.. regrets], State.MinutesApprovedBy, State.MinutesApprovedAt);
    }

    public async Task WriteMinutesNoteAsync(Actor actor, Guid itemId, string? note)
    {
        await RequireCoordinatorAsync(actor);
        RequireDraftMinutes();
        ExistingItem(itemId);
        var text = Require.OptionalText(note, "note", "de notitie", MinutesNoteMaxLength) ?? "";
        if (State.MinutesNotes.GetValueOrDefault(itemId, "") == text)
        {
            return;
        }

        if (text.Length > 0)
        {
            // What the meeting decided about an item is said about the work, so the network's own people may be named.
            await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("note", text));
        }

        await CommitAsync(new MinutesNoteWritten(itemId, text, actor.UserId, Now));
    }

    public async Task ApproveMinutesAsync(Actor actor)
    {
        await RequireCoordinatorAsync(actor);
        RequireStatus("meeting.not-closed", "Het verslag kan worden vastgesteld zodra de bijeenkomst is gesloten.", MeetingStatus.Closed);
        if (State.MinutesApprovedAt is not null)
        {
            return;
        }

        var recipients = (await Network.GetParticipantsAsync()).Select(p => p.UserId).ToImmutableArray();
        await CommitAsync(new MinutesApproved(recipients, actor.UserId, Now));
    }

    private static MinutesRound RoundInMinutes(PeerRound round) => new(
        round.Id,
        round.PresenterId,
        round.Closed,
        round.Entries.FirstOrDefault(e => e.Phase == RoundPhase.Question)?.Text,
        [.. round.Entries.Where(e => e.Phase == RoundPhase.Clarifying)],
        [.. round.Entries.Where(e => e.Phase == RoundPhase.Advice)],
        round.Passes,
        round.Entries.FirstOrDefault(e => e.Phase == RoundPhase.Reaction)?.Text,
        round.ChosenEntryIds);

    private void RequireDraftMinutes()
    {
        RequireStatus("meeting.not-closed", "Aan het verslag kan worden gewerkt zodra de bijeenkomst is gesloten.", MeetingStatus.Closed);
        if (State.MinutesApprovedAt is not null)
        {
            throw new InvalidStateException("minutes.approved", "Het verslag is vastgesteld en kan niet meer worden gewijzigd. Zet een correctie in het verslag van de volgende bijeenkomst.");
        }
    }
}
