namespace GNets.Summit.Web.Resources;

/// <summary>
/// The site's words. Views and code write the English text as the key (<c>@T["Program"]</c>); the
/// Japanese is in SharedResource.ja.resx. English needs no resource file: a key is its own English.
/// </summary>
public sealed class SharedResource;
