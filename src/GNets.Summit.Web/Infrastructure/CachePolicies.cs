namespace GNets.Summit.Web.Infrastructure;

public static class CachePolicies
{
    /// <summary>Public HTML pages: cached until the next content save (see <see cref="ContentGeneration"/>).</summary>
    public const string PublicPages = "public-pages";

    /// <summary>Image renditions: immutable by URL.</summary>
    public const string Media = "media";
}
