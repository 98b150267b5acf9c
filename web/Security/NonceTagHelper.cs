using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Netwerkbijeenkomst.Web.Security;

/// <summary>Gives every script element written in a Razor page this response's nonce; markup from data (Html.Raw) never passes here.</summary>
[HtmlTargetElement("script")]
public sealed class NonceTagHelper(CspNonce nonce) : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("nonce", nonce.Value);
}
