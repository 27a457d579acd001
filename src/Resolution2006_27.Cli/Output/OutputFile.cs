using System.Text;

namespace Resolution2006_27.Cli.Output;

/// <summary>Writes results to standard output or to a file, never leaving a half-written file.</summary>
internal static class OutputFile
{
    /// <summary>Writes <paramref name="text"/> to standard output, or to <paramref name="file"/>, which must not exist unless <paramref name="overwrite"/>.</summary>
    public static void Write(string text, FileInfo? file, bool overwrite = false) => Write(output => output.Write(text), file, overwrite);

    /// <summary>
    /// Writes what <paramref name="write"/> writes as it writes it: to standard output, or to a temporary file beside
    /// <paramref name="file"/> that replaces it only once complete (it must not exist unless <paramref name="overwrite"/>).
    /// </summary>
    public static void Write(Action<TextWriter> write, FileInfo? file, bool overwrite = false)
    {
        if (file is null)
        {
            write(Console.Out);
            Console.Out.Flush();
            return;
        }
        if (file.Exists && !overwrite)
        {
            throw new UsageException($"'{file.FullName}' already exists; give --force to replace it.");
        }
        // Write beside the target, then move it into place: a failure leaves no partial file. The temporary file
        // names the process writing it, so that what a kill no process can catch leaves behind is cleaned up by
        // the next run that writes there.
        var directory = file.DirectoryName ?? ".";
        RemoveAbandoned(directory, file.Name);
        var temporary = Path.Combine(directory, $".{file.Name}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var output = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                write(output);
            }
            File.Move(temporary, file.FullName, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Said of the target the user named, not of the temporary file.
            throw new IOException($"could not write '{file.FullName}': {e.Message.Replace(temporary, file.FullName, StringComparison.Ordinal)}", e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Temporary files of <paramref name="name"/> whose writing process is gone: left by a kill, removed.</summary>
    private static void RemoveAbandoned(string directory, string name)
    {
        if (!Directory.Exists(directory))
        {
            return;
        }
        foreach (var stale in Directory.EnumerateFiles(directory, $".{name}.*.tmp"))
        {
            var tail = Path.GetFileName(stale)[(name.Length + 2)..];
            var dash = tail.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(tail[..dash], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    File.Delete(stale);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another run may be cleaning it too; it is only a leftover.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
