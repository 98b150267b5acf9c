using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Pages.Account;

public sealed class ResetPasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : SetPasswordModel(users, signIn);
