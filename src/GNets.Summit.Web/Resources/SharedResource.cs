using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GNets.Summit.Web.Resources;

/// <summary>
/// The site's words. Views and code write the English text as the key (<c>@T["Program"]</c>); the
/// Japanese is in SharedResource.ja.resx. English needs no resource file: a key is its own English.
/// </summary>
public sealed class SharedResource
{
    /// <summary>
    /// The same words for code that has no request services at hand (static helpers, records, editors'
    /// messages), looked up in the current UI culture like the injected localizer.
    /// </summary>
    public static readonly IStringLocalizer Words = new ResourceManagerStringLocalizerFactory(
        Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance).Create(typeof(SharedResource));
}
