namespace GNets.Summit.Web.Content;

/// <summary>A file under content/ that cannot be imported. The message names the file, the line and the field.</summary>
public sealed class ContentException : Exception
{
    public ContentException(string file, int line, string? field, string problem)
        : base(Describe(file, line, field, problem))
    {
        File = file;
        Line = line;
        Field = field;
        Problem = problem;
    }

    public string File { get; }
    public int Line { get; }
    public string? Field { get; }
    public string Problem { get; }

    private static string Describe(string file, int line, string? field, string problem) =>
        field is null
            ? $"{file}, line {line}: {problem}"
            : $"{file}, line {line}, field '{field}': {problem}";
}
