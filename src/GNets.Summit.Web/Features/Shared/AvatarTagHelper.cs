using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using GNets.Summit.Web.Infrastructure;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>
/// A person's photo, or their initials on a coloured disc until staff upload one:
/// <c>&lt;avatar person="@card" size="96" /&gt;</c>. Photos carry width and height (no layout shift)
/// and load lazily; the initials are hidden from screen readers because the name is always next to them.
/// </summary>
[HtmlTargetElement("avatar", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AvatarTagHelper(Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource> t) : TagHelper
{
    public PersonCard? Person { get; set; }

    public int Size { get; set; } = 96;

    public bool Eager { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Person is null)
        {
            output.SuppressOutput();
            return;
        }

        var size = Size.ToString(CultureInfo.InvariantCulture);
        if (Person.PhotoKey is { } key)
        {
            var small = MediaSizes.Person.FirstOrDefault(w => w >= Size, MediaSizes.Person[^1]);
            var large = MediaSizes.Person.FirstOrDefault(w => w >= Size * 2, MediaSizes.Person[^1]);
            output.TagName = "img";
            output.TagMode = TagMode.SelfClosing;
            output.Attributes.SetAttribute("class", $"avatar avatar--{size}");
            output.Attributes.SetAttribute("src", SiteUrls.Media(key, small));
            output.Attributes.SetAttribute("srcset", $"{SiteUrls.Media(key, small)} 1x, {SiteUrls.Media(key, large)} 2x");
            output.Attributes.SetAttribute("width", size);
            output.Attributes.SetAttribute("height", size);
            // A described photo in the page's language, else a plain one in it rather than the other language's description.
            output.Attributes.SetAttribute("alt", Person.LocalPhotoAlt is { IsFallback: false } alt ? alt.Text : t["Photo of {0}", Person.FullName].Value);
            output.Attributes.SetAttribute("loading", Eager ? "eager" : "lazy");
            output.Attributes.SetAttribute("decoding", "async");
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"avatar avatar--{size} avatar--initials tone-{Person.AvatarTone.ToString(CultureInfo.InvariantCulture)}");
        output.Attributes.SetAttribute("aria-hidden", "true");
        output.Content.SetContent(Person.Initials);
    }
}
