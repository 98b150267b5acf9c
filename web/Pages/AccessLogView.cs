using Netwerkbijeenkomst.Web.Audit;

namespace Netwerkbijeenkomst.Web.Pages;

/// <summary>Access-log lines with the names of the accounts in them, for the log tables.</summary>
public sealed record AccessLogView(IReadOnlyList<AccessLogEntry> Entries, IReadOnlyDictionary<string, string> Names);
