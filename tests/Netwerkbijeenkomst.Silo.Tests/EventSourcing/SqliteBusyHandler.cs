using System.Runtime.InteropServices;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

/// <summary>
/// SQLite's own <c>sqlite3_busy_handler</c>, from the native library Microsoft.Data.Sqlite loads: SQLitePCLRaw 2.1
/// exposes only <c>sqlite3_busy_timeout</c>, which installs a handler that cannot be observed.
/// </summary>
internal static class SqliteBusyHandler
{
    /// <summary>Called by SQLite each time it finds the file locked; 0 gives up (SQLITE_BUSY to the caller), non-zero tries again.</summary>
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int Callback(IntPtr state, int attempts);

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_busy_handler", CallingConvention = CallingConvention.Cdecl)]
    public static extern int Install(IntPtr db, Callback handler, IntPtr state);
}
