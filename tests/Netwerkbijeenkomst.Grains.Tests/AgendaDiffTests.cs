using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Meetings;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>The net changes between the announced agenda and the agenda now, as the invitees are told them.</summary>
public sealed class AgendaDiffTests
{
    private static readonly AgendaItem Opening = Item("Opening", 5);
    private static readonly AgendaItem Theme = Item("Thema", 30);
    private static readonly AgendaItem Questions = Item("Rondvraag", 10);
    private static readonly AgendaItem Closing = Item("Sluiting", 5);

    [Fact]
    public void SameAgenda_HasNoChanges()
    {
        Assert.Empty(AgendaDiff.Between([Opening, Theme, Closing], [Opening, Theme, Closing]));
    }

    [Fact]
    public void AddedItem_IsNamedWithItsPlace_AndTheItemsAfterItAreNotMoved()
    {
        var guest = Item("Gast van het wijkteam", 20);

        var changes = AgendaDiff.Between([Opening, Theme, Closing], [Opening, guest, Theme, Closing]);

        Assert.Equal([new AgendaItemAddedChange(guest, 1)], changes.ToArray());
    }

    [Fact]
    public void RemovedItem_IsNamed_AndTheItemsAfterItAreNotMoved()
    {
        Assert.Equal([new AgendaItemRemovedChange(Theme)], AgendaDiff.Between([Opening, Theme, Closing], [Opening, Closing]).ToArray());
    }

    [Fact]
    public void ItemMovedUp_IsTheOneNamed_WithItsOldAndNewPlace()
    {
        var changes = AgendaDiff.Between([Opening, Theme, Questions, Closing], [Opening, Questions, Theme, Closing]);

        Assert.Equal([new AgendaItemMovedChange(Questions, 2, 1)], changes.ToArray());
    }

    [Fact]
    public void ItemMovedFar_IsOneMove()
    {
        var changes = AgendaDiff.Between([Opening, Theme, Questions, Closing], [Closing, Opening, Theme, Questions]);

        Assert.Equal([new AgendaItemMovedChange(Closing, 3, 0)], changes.ToArray());
    }

    [Fact]
    public void EditedItem_CarriesItsOldAndNewValues_AndTwoEditsAreOneChange()
    {
        var longer = Theme with { Title = "Thema: mantelzorg", PlannedMinutes = 45 };

        var changes = AgendaDiff.Between([Opening, Theme, Closing], [Opening, longer, Closing]);

        var edited = Assert.IsType<AgendaItemEditedChange>(Assert.Single(changes));
        Assert.Equal((30, 45, "Thema", "Thema: mantelzorg"), (edited.Before.PlannedMinutes, edited.After.PlannedMinutes, edited.Before.Title, edited.After.Title));
    }

    [Fact]
    public void MovedAndEditedItem_IsBothMovedAndEdited()
    {
        var shorter = Questions with { PlannedMinutes = 5 };

        var changes = AgendaDiff.Between([Opening, Theme, Questions, Closing], [Opening, shorter, Theme, Closing]);

        Assert.Equal([new AgendaItemMovedChange(shorter, 2, 1), new AgendaItemEditedChange(Questions, shorter)], changes.ToArray());
    }

    private static AgendaItem Item(string title, int minutes) => new(Guid.NewGuid(), AgendaItemKind.Theme, title, minutes, null, null);
}
