using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Pages.Account;

public sealed class ResetPasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SessionEnd sessions) : SetPasswordModel(users, signIn, sessions);
