using System.Collections.Immutable;
using Netwerkbijeenkomst.Silo.TestingHost;
using Netwerkbijeenkomst.Silo.Tests.Grains;

namespace Netwerkbijeenkomst.Silo.Tests;

public sealed class GrainContractTests
{
    [Fact]
    public void EveryGrainInterface_ExchangesOnlyImmutableTypes()
    {
        var contracts = GrainContracts.GrainInterfacesIn(typeof(ITurnGrain).Assembly).ToList();
        Assert.Contains(typeof(IJournalGrain), contracts);

        Assert.Empty(contracts.SelectMany(GrainContracts.FindViolations));
    }

    [Theory]
    [InlineData(typeof(IMutableContracts), nameof(IMutableContracts.TakesList))]
    [InlineData(typeof(IMutableContracts), nameof(IMutableContracts.ReturnsReadOnlyList))]
    [InlineData(typeof(IMutableContracts), nameof(IMutableContracts.TakesSettableRecord))]
    [InlineData(typeof(IMutableContracts), nameof(IMutableContracts.TakesOpenClass))]
    [InlineData(typeof(IMutableContracts), nameof(IMutableContracts.ReturnsRecordWithArray))]
    [InlineData(typeof(IMutableContracts), nameof(IMutableContracts.TakesImmutableListOfMutable))]
    [InlineData(typeof(IMutableContracts), nameof(IMutableContracts.TakesEventWithMutableSubtype))]
    public void MutableTypes_AreFound(Type contract, string method)
    {
        var violations = GrainContracts.FindViolations(contract);

        Assert.Contains(violations, v => v.StartsWith($"{contract.Name}.{method}", StringComparison.Ordinal));
    }

    [Fact]
    public void ImmutableTypes_PassTheCheck()
    {
        Assert.Empty(GrainContracts.FindViolations(typeof(IImmutableContracts)));
    }

    public interface IMutableContracts
    {
        Task TakesList(List<string> items);

        Task<IReadOnlyList<string>> ReturnsReadOnlyList();

        Task TakesSettableRecord(SettableRecord value);

        Task TakesOpenClass(OpenRecord value);

        Task<RecordWithArray> ReturnsRecordWithArray();

        Task TakesImmutableListOfMutable(ImmutableList<SettableRecord> items);

        Task TakesEventWithMutableSubtype(SampleEvent value);
    }

    public interface IImmutableContracts
    {
        Task<ImmutableArray<Item>> Items(ImmutableDictionary<string, Item> byName, Guid id, DateTimeOffset? at, Kind kind);

        ValueTask<int> Count(GoodEvent value);
    }

    public enum Kind
    {
        One,
    }

    public sealed record Item(string Name, ImmutableList<int> Numbers);

    public sealed record SettableRecord
    {
        public string Name { get; set; } = "";
    }

    public record OpenRecord(string Name);

    public sealed record RecordWithArray(string[] Lines);

    public abstract record SampleEvent;

    public sealed record SampleHappened(string What) : SampleEvent;

    public sealed record SampleChanged : SampleEvent
    {
        public int Count { get; set; }
    }

    public abstract record GoodEvent;

    public sealed record GoodHappened(string What, ImmutableArray<string> Tags) : GoodEvent;
}

