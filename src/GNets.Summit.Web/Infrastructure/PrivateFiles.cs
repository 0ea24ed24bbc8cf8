namespace GNets.Summit.Web.Infrastructure;

/// <summary>
/// The store holds password hashes and the cookie keys: its folder is 0700 and its files 0600 on Unix,
/// whatever the process umask. Files are created empty with their mode before SQLite opens them
/// (SQLite then gives its -wal and -shm files the same mode as the database file).
/// On Windows the folder's inherited ACL applies instead.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Creates <paramref name="folder"/> (and missing parents) as 0700. An existing folder keeps its mode:
    /// it may be a shared place the operator chose, such as /tmp.
    /// </summary>
    public static void CreateFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }

        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, FolderMode);
            // CreateDirectory's mode is filtered by the umask; set it exactly.
            File.SetUnixFileMode(folder, FolderMode);
        }
    }

    /// <summary>Creates an empty 0600 file if none exists; tightens the mode of one that does.</summary>
    public static void CreateFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        if (!File.Exists(path))
        {
            try
            {
                using var created = new FileStream(path, new FileStreamOptions
                {
                    Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = FileMode,
                });
            }
            catch (IOException) when (File.Exists(path))
            {
                // Created at the same moment by another process: tightened below all the same.
            }
        }

        Restrict(path);
    }

    /// <summary>Sets 0600 on a file that exists (a store written before its files were private).</summary>
    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path))
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }
}
