namespace GNets.Summit.Web.Tests.Infrastructure;

/// <summary>A copy of the real content/ folder that one test may break or change.</summary>
public sealed class TempContent : IDisposable
{
    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "gnets-summit-content", Guid.NewGuid().ToString("N"), "content");
        Copy(RepositoryPaths.Content, Root);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails if it is not there.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' is not in {relative}");
        File.WriteAllText(path, string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length)));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in a file.</summary>
    public int LineOf(string relative, string text) =>
        Array.FindIndex(File.ReadAllLines(PathOf(relative)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var dir in Directory.GetDirectories(from))
        {
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
        }
    }
}
