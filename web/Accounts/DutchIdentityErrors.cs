using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>Identity's refusals in Dutch, for the password and account forms.</summary>
internal sealed class DutchIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"Het wachtwoord moet ten minste {length} tekens lang zijn.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "Het wachtwoord moet ten minste één cijfer bevatten.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "Het wachtwoord moet ten minste één kleine letter bevatten.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "Het wachtwoord moet ten minste één hoofdletter bevatten.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet ten minste één leesteken bevatten.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet ten minste {uniqueChars} verschillende tekens bevatten.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"Er is al een account met het e-mailadres {email}.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"Er is al een account met het e-mailadres {userName}.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"'{email}' is geen geldig e-mailadres.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), $"'{userName}' is geen geldig e-mailadres.");

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), "Dit account heeft al een wachtwoord.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
