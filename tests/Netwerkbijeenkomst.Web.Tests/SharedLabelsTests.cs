using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>web/client/src/labels.nl.json, the one place of the room's Dutch names, names every value and nothing else.</summary>
public sealed class SharedLabelsTests
{
    private static readonly Type[] Shared = [typeof(MeetingStatus), typeof(AgendaItemKind), typeof(ContributionKind), typeof(Urgency), typeof(RoundPhase)];

    public static TheoryData<Type> SharedEnums => [.. Shared];

    [Theory]
    [MemberData(nameof(SharedEnums))]
    public void EveryValue_HasADutchName_AndTheFileNamesNoOtherValue(Type enumType)
    {
        var names = SharedLabels.Of(enumType);

        Assert.Equal(Enum.GetNames(enumType).Order(StringComparer.Ordinal), names.Keys.Order(StringComparer.Ordinal));
        Assert.All(names.Values, name => Assert.False(string.IsNullOrWhiteSpace(name)));
    }

    [Fact]
    public void TheFile_NamesOnlyTheSharedEnums() =>
        Assert.Equal(
            Shared.Select(type => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(type.Name)).Order(StringComparer.Ordinal),
            SharedLabels.Groups.Order(StringComparer.Ordinal));

    [Fact]
    public void DutchFormat_ReadsTheSharedNames()
    {
        Assert.Equal("bezig", DutchFormat.Name(MeetingStatus.Started));
        Assert.Equal("rondvraag", DutchFormat.Name(AgendaItemKind.AnyOtherBusiness));
        Assert.Equal("opmerking", DutchFormat.Name(ContributionKind.Remark));
        Assert.Equal("crisis", DutchFormat.Name(Urgency.Crisis));
        Assert.Equal("adviesronde", DutchFormat.Name(RoundPhase.Advice));
    }
}
