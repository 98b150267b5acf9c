using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

// BRANCH-ONLY PLACEHOLDER (r14-base): the helper of the grains part replaces this file; it never reaches main.
public sealed partial class MeetingGrain
{
    public Task TakeFloorBackAsync(Actor actor) => throw new NotImplementedException();

    public Task LowerHandOfAsync(Actor actor, string userId) => throw new NotImplementedException();

    public Task StartRoundAsync(Actor actor, Guid roundId, ImmutableArray<string> order, int? minutes) => throw new NotImplementedException();

    public Task AdvanceRoundAsync(Actor actor, Guid roundId, RoundPhase phase, int? minutes) => throw new NotImplementedException();

    public Task PostRoundEntryAsync(Actor actor, Guid roundId, Guid entryId, string text) => throw new NotImplementedException();

    public Task PassRoundTurnAsync(Actor actor, Guid roundId, RoundPhase phase, string userId) => throw new NotImplementedException();

    public Task CloseRoundAsync(Actor actor, Guid roundId, Guid adviceId, ImmutableArray<Guid> chosenEntryIds, string nextSteps) => throw new NotImplementedException();
}
