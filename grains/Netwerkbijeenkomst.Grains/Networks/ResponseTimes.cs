using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>
/// How many working days each kind of care has for the next step in an escalation before it counts as stalled, until
/// the coordinator sets another (docs/domain-model.md, "Stalled escalations").
/// </summary>
public static class ResponseTimes
{
    public const int Min = 1;
    public const int Max = 60;

    public static int Default(InstitutionKind kind) => kind switch
    {
        InstitutionKind.GeneralPractitioner => 5,
        InstitutionKind.HomeCare => 5,
        InstitutionKind.NeighbourhoodTeam => 10,
        InstitutionKind.WmoConsultant => 10,
        InstitutionKind.MentalHealthCare => 10,
        InstitutionKind.DementiaCaseManager => 10,
        InstitutionKind.InformalCareSupport => 10,
        InstitutionKind.DebtHelp => 15,
        InstitutionKind.HousingCorporation => 15,
        InstitutionKind.DayCareAndCareHome => 15,
        _ => 10,
    };
}
