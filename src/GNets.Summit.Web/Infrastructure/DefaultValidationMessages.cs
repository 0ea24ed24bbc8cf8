using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// Attributes written without a message ([StringLength(200)], [Required], [Url]) give .NET's own English,
/// which the localizer never sees. This hands each such attribute that same English as its message, so
/// the English stays word for word and the Japanese comes from SharedResource.ja.resx like every other message.
/// </summary>
public sealed class DefaultValidationMessages : IValidationMetadataProvider
{
    private static readonly PropertyInfo DefaultMessage =
        typeof(ValidationAttribute).GetProperty("ErrorMessageString", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.Attributes.OfType<ValidationAttribute>().Concat(context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>()))
        {
            if (attribute is RequiredAttribute or StringLengthAttribute { MinimumLength: 0 } or RangeAttribute or MaxLengthAttribute or MinLengthAttribute
                    or EmailAddressAttribute or UrlAttribute or PhoneAttribute
                && attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && attribute.ErrorMessageResourceType is null)
            {
                attribute.ErrorMessage = (string)DefaultMessage.GetValue(attribute)!;
            }
        }
    }
}
