namespace Netwerkbijeenkomst.Silo.Tests.Journal;

[CollectionDefinition(Name)]
public sealed class SharedJournalCluster : ICollectionFixture<JournalClusterFixture>
{
    public const string Name = "journal cluster";
}
