using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Agenda;

/// <summary>Who presents an agenda item, by name: a member, or a guest looked up on the network's social map by id.</summary>
public sealed class AgendaPeople(NetworkView network)
{
    private readonly Dictionary<string, string> _names = network.Names();

    public NetworkView Network => network;

    public string Member(string userId) => _names.GetValueOrDefault(userId, "onbekend");

    /// <summary>"Buurtteam Noordoost (Youssef Benali)", or the guest's own name; a retired institution or contact keeps its name, marked.</summary>
    public string Guest(AgendaGuest guest)
    {
        ArgumentNullException.ThrowIfNull(guest);
        if (guest.InstitutionId is not { } institutionId)
        {
            return guest.Name ?? "";
        }

        var institution = network.SocialMap.FirstOrDefault(i => i.Id == institutionId);
        if (institution is null)
        {
            return "onbekende instelling";
        }

        var name = institution.Retired ? $"{institution.Name} (niet meer actief)" : institution.Name;
        var contact = guest.ContactPersonId is { } contactId ? institution.Contacts.FirstOrDefault(c => c.Id == contactId) : null;
        return contact is null ? name : $"{name} ({contact.Name}{(contact.Retired && !institution.Retired ? ", niet meer actief" : "")})";
    }

    /// <summary>"door Ayşe Demir", "gast: GGZ Centraal (Esther de Wit)", or empty when no one in particular presents it.</summary>
    public string Presenter(AgendaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item switch
        {
            { Guest: { } guest } => $"gast: {Guest(guest)}",
            { PresenterId: { } userId } => $"door {Member(userId)}",
            _ => "",
        };
    }
}
