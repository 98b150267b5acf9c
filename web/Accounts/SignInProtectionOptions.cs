using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>SignIn: how many wrong passwords are free, and how the wait grows after that (per client address and per account).</summary>
public sealed class SignInProtectionOptions : IValidatableObject
{
    public const string Section = "SignIn";

    /// <summary>Wrong passwords for one e-mail address before a wait starts; low, because only an attacker needs many.</summary>
    [Range(1, 100, ErrorMessage = "SignIn:FreeFailuresPerAccount moet tussen 1 en 100 liggen.")]
    public int FreeFailuresPerAccount { get; set; } = 5;

    /// <summary>Wrong passwords from one client address (IPv6: its /64) before a wait starts; higher, since a town hall shares one address.</summary>
    [Range(1, 1000, ErrorMessage = "SignIn:FreeFailuresPerAddress moet tussen 1 en 1000 liggen.")]
    public int FreeFailuresPerAddress { get; set; } = 20;

    /// <summary>The first wait; each further failure doubles it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "SignIn:FirstDelay moet tussen 1 seconde en 10 minuten liggen.")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait: never a lock, so someone who guesses another's address cannot keep them out for long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "SignIn:MaxDelay moet tussen 1 seconde en een uur liggen.")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A quiet spell after which earlier failures no longer count.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "SignIn:ForgetAfter moet tussen 1 minuut en 7 dagen liggen.")]
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>At most one password-reset mail per account in this time, so the form cannot flood someone's mailbox.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "SignIn:ResetMailInterval moet tussen 0 en 1 dag liggen.")]
    public TimeSpan ResetMailInterval { get; set; } = TimeSpan.FromMinutes(5);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxDelay < FirstDelay)
        {
            yield return new ValidationResult("SignIn:MaxDelay mag niet korter zijn dan SignIn:FirstDelay.", [nameof(MaxDelay)]);
        }

        if (ForgetAfter <= MaxDelay)
        {
            yield return new ValidationResult("SignIn:ForgetAfter moet langer zijn dan SignIn:MaxDelay, anders telt een wachttijd niet door.", [nameof(ForgetAfter)]);
        }
    }
}
