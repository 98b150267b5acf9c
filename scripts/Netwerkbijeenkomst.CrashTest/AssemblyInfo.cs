using System.Runtime.CompilerServices;

// The load test (scripts/load) starts its servers and signs its members in with the crash test's pieces.
[assembly: InternalsVisibleTo("Netwerkbijeenkomst.Load")]
