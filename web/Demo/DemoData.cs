namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>The accounts the Development demo data creates; all share one password.</summary>
public static class DemoData
{
    public const string Password = "demo-wachtwoord-2026";
    public const string NetworkId = "utrecht";
    public const string OtherNetworkId = "amersfoort";

    /// <summary>A third small network, so the province view compares three municipalities.</summary>
    public const string ThirdNetworkId = "nieuwegein";

    /// <summary>The province of the three demo municipalities.</summary>
    public const string Province = "Utrecht";

    public static readonly IReadOnlyList<string> Municipalities = ["Utrecht", "Amersfoort", "Nieuwegein"];

    /// <summary>Where the demo network meets, by its monthly rule: a made-up community centre.</summary>
    public const string MeetingPlace = "Buurtcentrum De Leeuw, Kanaalstraat 12, 3531 AB Utrecht";

    public const string OnlineLink = "https://meet.example.nl/netwerk-utrecht";

    public static readonly DemoAccount Administrator = new("beheerder@demo.nl", "Bram Beheer", "beheerder");
    public static readonly DemoAccount Coordinator = new("coordinator@demo.nl", "Hanna Jansen", "coördinator Utrecht");
    public static readonly DemoAccount OtherCoordinator = new("coordinator.amersfoort@demo.nl", "Peter Smit", "coördinator Amersfoort");
    public static readonly DemoAccount Municipality = new("gemeente@demo.nl", "Gemeente Utrecht", "gemeente (Utrecht)");
    public static readonly DemoAccount ThirdCoordinator = new("coordinator.nieuwegein@demo.nl", "Sevda Aydın", "coördinator Nieuwegein");
    public static readonly DemoAccount ProvinceAccount = new("provincie@demo.nl", "Provincie Utrecht", "provincie (Utrecht)");

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

    /// <summary>
    /// Vertrouwenspersonen who joined the Utrecht network during the demo's year, with the month (1–11 after its start) they
    /// joined; they have accounts but are not on the login page's list, to keep it short.
    /// </summary>
    public static readonly IReadOnlyList<(DemoAccount Account, string Community, string[] Languages, int JoinedInMonth)> LaterMembers =
    [
        (new("fatima@demo.nl", "Fatima Bouzid", "vertrouwenspersoon"), "Marokkaans", ["Arabisch", "Nederlands"], 1),
        (new("hasan@demo.nl", "Hasan Yıldız", "vertrouwenspersoon"), "Koerdisch", ["Koerdisch", "Turks", "Nederlands"], 2),
        (new("sunita@demo.nl", "Sunita Ramdin", "vertrouwenspersoon"), "Surinaams-Hindostaans", ["Sarnami", "Nederlands"], 3),
        (new("carlos@demo.nl", "Carlos Isenia", "vertrouwenspersoon"), "Antilliaans", ["Papiaments", "Spaans", "Nederlands"], 5),
        (new("mei@demo.nl", "Mei Chen", "vertrouwenspersoon"), "Chinees", ["Mandarijn", "Nederlands"], 6),
        (new("abdi@demo.nl", "Abdi Warsame", "vertrouwenspersoon"), "Somalisch", ["Somalisch", "Nederlands"], 8),
        (new("gloria@demo.nl", "Gloria Pinas", "vertrouwenspersoon"), "Surinaams-Creools", ["Sranantongo", "Nederlands"], 9),
        (new("yusuf@demo.nl", "Yusuf Demir", "vertrouwenspersoon"), "Turks", ["Turks", "Nederlands"], 11),
    ];

    /// <summary>The small Amersfoort network's members: few, so its figures show as "&lt; 5".</summary>
    public static readonly IReadOnlyList<(DemoAccount Account, string Community, string[] Languages)> AmersfoortMembers =
    [
        (new("khadija@demo.nl", "Khadija El Idrissi", "vertrouwenspersoon Amersfoort"), "Marokkaans", ["Arabisch", "Nederlands"]),
        (new("ramon@demo.nl", "Ramon Felida", "vertrouwenspersoon Amersfoort"), "Antilliaans", ["Papiaments", "Nederlands"]),
        (new("emine@demo.nl", "Emine Şahin", "vertrouwenspersoon Amersfoort"), "Turks", ["Turks", "Nederlands"]),
    ];

    public static readonly IReadOnlyList<(DemoAccount Account, string Community, string[] Languages)> NieuwegeinMembers =
    [
        (new("nadia@demo.nl", "Nadia Haddou", "vertrouwenspersoon Nieuwegein"), "Marokkaans", ["Tarifit", "Nederlands"]),
        (new("anil@demo.nl", "Anil Bhageloe", "vertrouwenspersoon Nieuwegein"), "Surinaams-Hindostaans", ["Sarnami", "Nederlands"]),
        (new("lan@demo.nl", "Lan Nguyen", "vertrouwenspersoon Nieuwegein"), "Vietnamees", ["Vietnamees", "Nederlands"]),
        (new("bayram@demo.nl", "Bayram Koç", "vertrouwenspersoon Nieuwegein"), "Turks", ["Turks", "Nederlands"]),
    ];

    /// <summary>The accounts the login page lists.</summary>
    public static IReadOnlyList<DemoAccount> Accounts =>
        [Administrator, Coordinator, .. Members.Select(m => m.Account), OtherCoordinator, ThirdCoordinator, Municipality, ProvinceAccount];

    /// <summary>Every account the demo creates.</summary>
    public static IReadOnlyList<DemoAccount> AllAccounts =>
        [.. Accounts, .. LaterMembers.Select(m => m.Account), .. AmersfoortMembers.Select(m => m.Account), .. NieuwegeinMembers.Select(m => m.Account)];
}
