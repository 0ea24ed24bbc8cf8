namespace GNets.Summit.Web.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The real content/ folder the site ships with.</summary>
    public static string Content => Path.Combine(Root, "content");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GNets.Summit.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Could not find GNets.Summit.sln above " + AppContext.BaseDirectory);
    }
}
