using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>App:PublicUrl — the address people use; links in mails and calendar feeds are built from it, never from a request.</summary>
public sealed class PublicUrlOptions
{
    public const string Section = "App";

    [Required]
    [Url]
    public string PublicUrl { get; set; } = "";

    /// <summary>The public address of <paramref name="path"/>, which starts with a slash.</summary>
    public string Link(string path) => PublicUrl.TrimEnd('/') + path;
}
