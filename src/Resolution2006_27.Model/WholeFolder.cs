namespace Resolution2006_27.Model;

/// <summary>
/// Writes a folder whole or not at all: into a temporary folder beside the target, moved into place at the end;
/// on failure nothing is left, and an existing target is replaced only when asked.
/// </summary>
internal static class WholeFolder
{
    /// <summary>Runs <paramref name="write"/> on a temporary folder, then moves it to <paramref name="directory"/>.</summary>
    /// <returns>What <paramref name="write"/> returned.</returns>
    /// <exception cref="IOException">The target exists and <paramref name="overwrite"/> is false, or a file cannot be written.</exception>
    public static T Write<T>(string directory, bool overwrite, Func<string, T> write)
    {
        var target = Path.GetFullPath(directory);
        if (!overwrite && (Directory.Exists(target) || File.Exists(target)))
        {
            throw new IOException($"'{directory}' exists; pass overwrite to replace it");
        }
        var temporary = Path.Combine(Path.GetDirectoryName(target) ?? ".", $".{Path.GetFileName(target)}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(temporary);
        try
        {
            var result = write(temporary);
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
            else if (File.Exists(target))
            {
                File.Delete(target);
            }
            Directory.Move(temporary, target);
            return result;
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }
}
