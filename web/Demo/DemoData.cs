namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>The accounts the Development demo data creates; all share one password.</summary>
public static class DemoData
{
    public const string Password = "demo-wachtwoord-2026";
    public const string NetworkId = "utrecht";
    public const string OtherNetworkId = "amersfoort";

    /// <summary>Where the demo network meets, by its monthly rule: a made-up community centre.</summary>
    public const string MeetingPlace = "Buurtcentrum De Leeuw, Kanaalstraat 12, 3531 AB Utrecht";

    public const string OnlineLink = "https://meet.example.nl/netwerk-utrecht";

    public static readonly DemoAccount Administrator = new("beheerder@demo.nl", "Bram Beheer", "beheerder");
    public static readonly DemoAccount Coordinator = new("coordinator@demo.nl", "Hanna Jansen", "coördinator Utrecht");
    public static readonly DemoAccount OtherCoordinator = new("coordinator.amersfoort@demo.nl", "Peter Smit", "coördinator Amersfoort");
    public static readonly DemoAccount Municipality = new("gemeente@demo.nl", "Gemeente Utrecht", "gemeente (Utrecht)");

    /// <summary>The six vertrouwenspersonen of the Utrecht network, with the community and languages they bridge to.</summary>
    public static readonly IReadOnlyList<(DemoAccount Account, string Community, string[] Languages)> Members =
    [
        (new("ayse@demo.nl", "Ayşe Kaya", "vertrouwenspersoon"), "Turks", ["Turks", "Nederlands"]),
        (new("mohamed@demo.nl", "Mohamed Amrani", "vertrouwenspersoon"), "Marokkaans", ["Tarifit", "Arabisch", "Nederlands"]),
        (new("rinia@demo.nl", "Rinia Doekhie", "vertrouwenspersoon"), "Surinaams-Hindostaans", ["Sarnami", "Nederlands"]),
        (new("wen@demo.nl", "Wen Li", "vertrouwenspersoon"), "Chinees", ["Kantonees", "Mandarijn", "Nederlands"]),
        (new("jerome@demo.nl", "Jerome Martina", "vertrouwenspersoon"), "Antilliaans", ["Papiaments", "Nederlands"]),
        (new("maria@demo.nl", "Maria Latuhihin", "vertrouwenspersoon"), "Moluks", ["Maleis", "Nederlands"]),
    ];

    public static IReadOnlyList<DemoAccount> Accounts =>
        [Administrator, Coordinator, .. Members.Select(m => m.Account), OtherCoordinator, Municipality];
}
