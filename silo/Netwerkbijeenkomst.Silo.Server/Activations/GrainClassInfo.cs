using Microsoft.Extensions.DependencyInjection;

namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>What the runtime knows about one grain class.</summary>
internal sealed record GrainClassInfo(string GrainType, Type ClassType, bool IsReentrant, ObjectFactory Factory);
