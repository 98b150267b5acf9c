using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>The coordinator keeps the social map: institutions and contact persons are added, edited and retired.</summary>
[Collection(SharedGrains.Name)]
public sealed class SocialMapTests(GrainsFixture silo)
{
    private static readonly InstitutionDetails Mosque = new(
        "Moskee Al Fath", InstitutionKind.ReligiousHouse, PartnerRoles.RefersToUs | PartnerRoles.SharesKnowledge,
        ["Marokkaans"], ["Arabisch", "Tarifit"], "+31 30 123 45 67", "info@alfath.example", "https://alfath.example");

    [Fact]
    public async Task AddInstitutionWithDetails_StoresEverything_AndARepeatIsIgnored()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        Task Add() => network.Network.AddInstitutionWithDetailsAsync(network.Coordinator, "moskee", Mosque);
        await Add();

        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], Add);

        var institution = (await network.Network.GetAsync(network.Member)).SocialMap.Single(i => i.Id == "moskee");
        Assert.Equal(("Moskee Al Fath", InstitutionKind.ReligiousHouse, "+31 30 123 45 67", "info@alfath.example", "https://alfath.example", false),
            (institution.Name, institution.Kind, institution.Phone, institution.Email, institution.Website, institution.Retired));
        Assert.Equal(["Marokkaans"], institution.Communities.ToArray());
        Assert.Equal(["Arabisch", "Tarifit"], institution.Languages.ToArray());
    }

    [Fact]
    public async Task AddInstitutionWithDetails_UnderATakenIdWithOtherDetails_IsRefused()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        await network.Network.AddInstitutionWithDetailsAsync(network.Coordinator, "moskee", Mosque);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(network.NetworkStream(), "network.institution-exists",
            () => network.Network.AddInstitutionWithDetailsAsync(network.Coordinator, "moskee", Mosque with { Name = "Andere moskee" }));
    }

    [Fact]
    public async Task EditInstitution_ChangesItsDetails_AndTheSameAgainStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var edited = Mosque with { Name = "GGZ Centrum Utrecht", Kind = InstitutionKind.MentalHealthCare, Roles = PartnerRoles.Cooperates, Website = null };
        Task Edit() => network.Network.EditInstitutionAsync(network.Coordinator, TestNetwork.Institution, edited);
        await Edit();

        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], Edit);

        var institution = (await network.Network.GetAsync(network.Member)).SocialMap.Single(i => i.Id == TestNetwork.Institution);
        Assert.Equal(("GGZ Centrum Utrecht", PartnerRoles.Cooperates, null), (institution.Name, institution.Roles, institution.Website));
        Assert.Equal(["Arabisch", "Tarifit"], institution.Languages.ToArray());
        Assert.Equal(TestNetwork.Contact, Assert.Single(institution.Contacts).Id);
        Assert.Equal(1, silo.Database.EventCount(network.NetworkStream(), nameof(InstitutionEdited)));
    }

    [Theory]
    [InlineData("", null, null, null, "input.required", "name")]
    [InlineData("GGZ", "06-1234", null, null, "input.phone", "phone")]
    [InlineData("GGZ", "bel me", null, null, "input.phone", "phone")]
    [InlineData("GGZ", null, "info@", null, "input.email", "email")]
    [InlineData("GGZ", null, "geen adres", null, "input.email", "email")]
    [InlineData("GGZ", null, null, "ggz.example", "input.website", "website")]
    [InlineData("GGZ", null, null, "javascript:alert(1)", "input.website", "website")]
    public async Task EditInstitution_WithBadInput_IsRefusedNamingTheField(string name, string? phone, string? email, string? website, string code, string field)
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        var error = await silo.Database.AssertRefusedAsync<InvalidInputException>(network.NetworkStream(), code,
            () => network.Network.EditInstitutionAsync(network.Coordinator, TestNetwork.Institution, Mosque with { Name = name, Phone = phone, Email = email, Website = website }));
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("030 262 14 87")]
    [InlineData("030-2621487")]
    [InlineData("06 24681357")]
    [InlineData("+31 (0)30 262 14 87")]
    [InlineData("+31 30 262 14 87")]
    [InlineData("0031 30 2621487")]
    [InlineData("+90 212 555 12 34")]
    [InlineData("0800 1234")]
    [InlineData("14 030")]
    public async Task EditInstitution_AcceptsDutchAndInternationalPhoneNumbers(string phone)
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        await network.Network.EditInstitutionAsync(network.Coordinator, TestNetwork.Institution, Mosque with { Phone = phone });

        Assert.Equal(phone, (await network.Network.GetAsync(network.Coordinator)).SocialMap.Single(i => i.Id == TestNetwork.Institution).Phone);
    }

    [Fact]
    public async Task InstitutionName_IsCheckedAsAnOrganisingText_ButPhoneAndEmailAreNot()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        // A practice named after its doctor, with the doctor's work phone and e-mail: fine.
        await network.Network.EditInstitutionAsync(network.Coordinator, TestNetwork.Institution,
            Mosque with { Name = "Huisartsenpraktijk Jansen", Phone = "030 262 14 87", Email = "p.jansen@praktijk.example" });

        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(network.NetworkStream(), PersonalDataRefusedException.ErrorCode,
            () => network.Network.EditInstitutionAsync(network.Coordinator, TestNetwork.Institution, Mosque with { Name = "Praktijk, bel 06-12345678" }));
        Assert.Equal("name", Assert.Single(refused.Fields).Field);
    }

    [Fact]
    public async Task RetireInstitution_KeepsItForHistory_DropsItsContactsFromKnownPeople_AndARepeatIsIgnored()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        Assert.Contains("A. de Vries", (await network.Network.GetKnownPeopleAsync()).Names);
        Task Retire() => network.Network.RetireInstitutionAsync(network.Coordinator, TestNetwork.Institution);
        await Retire();

        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], Retire);

        var institution = Assert.Single((await network.Network.GetAsync(network.Member)).SocialMap);
        Assert.True(institution.Retired);
        Assert.Equal("GGZ Centrum", institution.Name);
        var known = await network.Network.GetKnownPeopleAsync();
        Assert.DoesNotContain("A. de Vries", known.Names);
        Assert.DoesNotContain("contact@ggz.example", known.Emails);
    }

    [Fact]
    public async Task RetiredInstitution_CannotBeEditedOrGetNewContacts()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();
        await grain.RetireInstitutionAsync(network.Coordinator, TestNetwork.Institution);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.institution-retired",
            () => grain.EditInstitutionAsync(network.Coordinator, TestNetwork.Institution, Mosque));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.institution-retired",
            () => grain.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson("nieuw", "B. Bakker", "Verpleegkundige", null, null)));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.institution-retired",
            () => grain.EditContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson(TestNetwork.Contact, "A. de Vries", "POH", null, null)));
    }

    [Fact]
    public async Task ContactPerson_IsAddedEditedAndRetired_AndRepeatsAreIgnored()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();
        var added = new ContactPerson("poh", "Lotte Vermeer", "Praktijkondersteuner", "l.vermeer@gc.example", "030 262 14 87") { Languages = ["Turks"] };
        await grain.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution, added);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution, added));

        var edited = added with { Function = "POH GGZ", Phone = "+31 6 24681357", Languages = ["Turks", "Koerdisch"] };
        await grain.EditContactPersonAsync(network.Coordinator, TestNetwork.Institution, edited);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.EditContactPersonAsync(network.Coordinator, TestNetwork.Institution, edited));

        var contact = (await grain.GetAsync(network.Member)).SocialMap.Single().Contacts.Single(c => c.Id == "poh");
        Assert.Equal(("POH GGZ", "+31 6 24681357", false), (contact.Function, contact.Phone, contact.Retired));
        Assert.Equal(["Turks", "Koerdisch"], contact.Languages.ToArray());
        Assert.Contains("+31 6 24681357", (await grain.GetKnownPeopleAsync()).Phones);

        await grain.RetireContactPersonAsync(network.Coordinator, TestNetwork.Institution, "poh");
        await silo.Database.AssertIgnoredAsync([stream], () => grain.RetireContactPersonAsync(network.Coordinator, TestNetwork.Institution, "poh"));

        Assert.True((await grain.GetAsync(network.Member)).SocialMap.Single().Contacts.Single(c => c.Id == "poh").Retired);
        var known = await grain.GetKnownPeopleAsync();
        Assert.DoesNotContain("Lotte Vermeer", known.Names);
        Assert.DoesNotContain("+31 6 24681357", known.Phones);
        Assert.Contains("A. de Vries", known.Names);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.contact-retired",
            () => grain.EditContactPersonAsync(network.Coordinator, TestNetwork.Institution, edited with { Function = "Anders" }));
    }

    [Fact]
    public async Task ContactPerson_WithBadInput_IsRefused_AndStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.email",
            () => grain.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson("x", "B. Bakker", "POH", "bakker@", null)));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.phone",
            () => grain.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson("x", "B. Bakker", "POH", null, "12")));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required",
            () => grain.EditContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson(TestNetwork.Contact, " ", "POH", null, null)));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.contact-not-found",
            () => grain.EditContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson("onbekend", "B. Bakker", "POH", null, null)));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.contact-not-found",
            () => grain.RetireContactPersonAsync(network.Coordinator, TestNetwork.Institution, "onbekend"));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.institution-not-found",
            () => grain.RetireInstitutionAsync(network.Coordinator, "onbekend"));
    }

    [Fact]
    public async Task SocialMap_IsKeptByCoordinatorsOnly()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();
        var contact = new ContactPerson(TestNetwork.Contact, "A. de Vries", "POH", null, null);

        foreach (var who in new[] { network.Member, network.Outsider, network.Admin })
        {
            // A member hears "coordinators only"; outsiders "members only" (which the web answers as "not found").
            var code = who == network.Member ? "network.coordinator-only" : "network.members-only";
            await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, code,
                () => grain.AddInstitutionWithDetailsAsync(who, "moskee", Mosque));
            await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, code,
                () => grain.EditInstitutionAsync(who, TestNetwork.Institution, Mosque));
            await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, code,
                () => grain.RetireInstitutionAsync(who, TestNetwork.Institution));
            await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, code,
                () => grain.EditContactPersonAsync(who, TestNetwork.Institution, contact));
            await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, code,
                () => grain.RetireContactPersonAsync(who, TestNetwork.Institution, TestNetwork.Contact));
        }
    }
}
