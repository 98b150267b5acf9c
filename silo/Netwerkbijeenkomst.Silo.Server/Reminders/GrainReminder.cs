using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo.Server.Reminders;

/// <summary>The handle a grain gets for one of its reminders.</summary>
internal sealed record GrainReminder(string ReminderName) : IGrainReminder;
