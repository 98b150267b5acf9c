using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Web.Agenda;

/// <summary>The planned minutes of the agenda against the meeting's length.</summary>
public sealed record AgendaTime(int Planned, int Available)
{
    public static AgendaTime Of(MeetingView meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new(meeting.Agenda.Sum(i => i.PlannedMinutes), (int)Math.Round((meeting.EndsAt - meeting.StartsAt).TotalMinutes));
    }

    public int Over => Planned - Available;

    public string Summary => $"Gepland: {Minutes(Planned)} van de {Minutes(Available)} die de bijeenkomst duurt.";

    /// <summary>Said in words, so the warning does not rest on colour alone.</summary>
    public string Remark => Over switch
    {
        > 0 => $"Let op: de agenda duurt {Minutes(Over)} langer dan de bijeenkomst. Maak agendapunten korter, haal er een af of verleng de bijeenkomst.",
        0 => "De agenda vult de bijeenkomst precies.",
        _ => $"Er is nog {Minutes(-Over)} over.",
    };

    private static string Minutes(int minutes) => minutes == 1 ? "1 minuut" : $"{minutes} minuten";
}
