namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>A handle on a durable reminder.</summary>
public interface IGrainReminder
{
    string ReminderName { get; }
}
