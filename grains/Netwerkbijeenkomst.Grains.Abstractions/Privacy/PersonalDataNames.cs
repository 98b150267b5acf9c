namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>Dutch names of the kinds of identifying details, for messages.</summary>
public static class PersonalDataNames
{
    public static string Dutch(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "een BSN",
        PersonalDataKind.Phone => "een telefoonnummer",
        PersonalDataKind.Email => "een e-mailadres",
        PersonalDataKind.Iban => "een IBAN (rekeningnummer)",
        PersonalDataKind.Postcode => "een postcode",
        PersonalDataKind.Address => "een adres",
        PersonalDataKind.Date => "een datum",
        PersonalDataKind.Plate => "een kenteken",
        PersonalDataKind.Name => "een naam",
        _ => "een persoonsgegeven",
    };
}
