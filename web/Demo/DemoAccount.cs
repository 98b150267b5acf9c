namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>A demo account shown on the Development login page.</summary>
public sealed record DemoAccount(string Email, string Name, string Role);
