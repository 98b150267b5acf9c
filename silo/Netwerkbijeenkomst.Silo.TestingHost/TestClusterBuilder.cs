namespace Netwerkbijeenkomst.Silo.TestingHost;

/// <summary>Builds a <see cref="TestCluster"/>: configurators for the silo and properties that become its configuration.</summary>
public sealed class TestClusterBuilder
{
    private readonly List<Type> _configurators = [];

    /// <summary>Key/value pairs added to the silo's configuration (for example a connection string).</summary>
    public Dictionary<string, string?> Properties { get; } = [];

    public TestClusterBuilder AddSiloBuilderConfigurator<TConfigurator>()
        where TConfigurator : ISiloConfigurator, new()
    {
        _configurators.Add(typeof(TConfigurator));
        return this;
    }

    public TestCluster Build() => new(_configurators.ToArray(), new Dictionary<string, string?>(Properties));
}
