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
        // Write beside the target, then move it into place: a failure leaves no partial file.
        var directory = file.DirectoryName ?? ".";
        var temporary = Path.Combine(directory, $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var output = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
            {
                write(output);
            }
            File.Move(temporary, file.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
