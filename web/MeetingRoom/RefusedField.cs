using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>The refused parts of one text of a command, by the grain's name for it ("text", "advice", "nextSteps", "description", "reason").</summary>
public sealed record RefusedField(string Field, ImmutableArray<RefusedPart> Parts);
