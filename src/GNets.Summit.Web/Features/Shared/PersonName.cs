using GNets.Summit.Web.Data.Entities;

namespace GNets.Summit.Web.Features.Shared;

/// <summary>How a person's name is written on the site.</summary>
public static class PersonName
{
    /// <summary>"Michael Bloomberg"; Japanese names FAMILY Given: "IZUMO Mitsuru".</summary>
    public static string Display(string given, string family, NameOrder order) =>
        order == NameOrder.FamilyGiven
            ? $"{family.ToUpperInvariant()} {given}".Trim()
            : $"{given} {family}".Trim();

    public static string WithHonorific(string? honorific, string given, string family, NameOrder order) =>
        string.IsNullOrWhiteSpace(honorific)
            ? Display(given, family, order)
            : $"{honorific} {Display(given, family, order)}";

    /// <summary>
    /// The name in the page's language: in Japanese the Japanese name with its honorific after it
    /// (「出雲 充 氏」), or the English name with its honorific when no Japanese name is stored.
    /// </summary>
    public static Infrastructure.Localized Localize(string? honorific, string given, string family, NameOrder order, string? nameJa, string? honorificJa) =>
        Infrastructure.SiteLanguages.IsJapanese && !string.IsNullOrWhiteSpace(nameJa)
            ? new(string.IsNullOrWhiteSpace(honorificJa) ? nameJa.Trim() : $"{nameJa.Trim()} {honorificJa.Trim()}", false)
            : Infrastructure.Localized.Pick(WithHonorific(honorific, given, family, order), null);

    /// <summary>Two letters for the avatar shown until staff upload a photo, in display order.</summary>
    public static string Initials(string given, string family, NameOrder order)
    {
        var first = order == NameOrder.FamilyGiven ? family : given;
        var second = order == NameOrder.FamilyGiven ? given : family;
        return string.Concat(Initial(first), Initial(second));

        static string Initial(string name) =>
            string.IsNullOrWhiteSpace(name) ? "" : char.ToUpperInvariant(name.Trim()[0]).ToString();
    }
}
