using Resolution2006_27.Model;
using Resolution2006_27.Model.Corpus;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Cli;

/// <summary>
/// Loads what a command works on: the embedded resolution, a file given with --input (printed text, JSON
/// export or Akoma Ntoso), or a folder given with --corpus; with the registry extended by --registry.
/// Parser warnings go to standard error with file, line and column.
/// </summary>
internal static class InputLoader
{
    public static Resolution Load(FileInfo? input, FileInfo? registry = null, bool strict = false, int maxChars = ParserOptions.DefaultMaxLength)
    {
        if (input is null)
        {
            return registry is null ? Resolutions.E2006_27 : Resolutions.FromString(Resolutions.SeedText, Options(registry, strict, maxChars) with { SourceName = "E-RES-2006-27.txt" });
        }
        if (!input.Exists)
        {
            throw new FileNotFoundException($"no file at '{input.FullName}'", input.FullName);
        }
        var result = Resolutions.ReadFile(input.FullName, Options(registry, strict, maxChars));
        DiagnosticReport.Write(input.Name, result.Diagnostics);
        return result.Resolution;
    }

    /// <summary>A whole corpus, for the queries that need every resolution at once (citations between them).</summary>
    public static ResolutionCorpus LoadCorpus(DirectoryInfo directory, FileInfo? registry, bool strict = false, bool keepGoing = false, int maxChars = ParserOptions.DefaultMaxLength) =>
        new([.. StreamCorpus(directory, registry, strict, keepGoing, maxChars)]);

    /// <summary>The resolutions of a folder as they are read, each file's warnings told as it comes and the totals at the end.</summary>
    public static IEnumerable<Resolution> StreamCorpus(DirectoryInfo directory, FileInfo? registry, bool strict = false, bool keepGoing = false, int maxChars = ParserOptions.DefaultMaxLength) =>
        StreamCorpusFiles(directory, registry, strict, keepGoing, maxChars).Where(f => f.DuplicateOf is null).Select(f => f.Resolution).OfType<Resolution>();

    // As make does without -k: a file that cannot be read stops the run (exit 1), so a partial answer is never taken for a whole one.
    private static InvalidDataException LeftOut(string file, Model.Diagnostics.Diagnostic why) =>
        new($"{file} could not be read ({why.Message}): stopped; give --keep-going to leave such files out and read the rest");

    /// <summary>
    /// The files of a folder as they are read, each told as <see cref="StreamCorpus"/> tells it: every file read
    /// (a duplicate too, marked), and with <paramref name="keepGoing"/> also those that could not be read.
    /// </summary>
    public static IEnumerable<CorpusFile> StreamCorpusFiles(DirectoryInfo directory, FileInfo? registry, bool strict = false, bool keepGoing = false, int maxChars = ParserOptions.DefaultMaxLength)
    {
        if (!directory.Exists)
        {
            throw new DirectoryNotFoundException($"No folder at '{directory.FullName}'.");
        }
        return StreamFiles(ResolutionCorpus.Read(directory.FullName, Options(registry, strict, maxChars)), directory.Name, keepGoing);
    }

    private static IEnumerable<CorpusFile> StreamFiles(CorpusFiles files, string folder, bool keepGoing)
    {
        var totals = new DiagnosticReport.Totals();
        foreach (var file in files)
        {
            DiagnosticReport.WriteCorpusFile(file.Name, file.Diagnostics);
            totals.Add(file.Diagnostics);
            if (file.Resolution is null && !keepGoing)
            {
                // A file that could not be read stops the run; a duplicate was read, and is only left out.
                DiagnosticReport.WriteCorpusTotals(folder, totals);
                throw LeftOut(file.Name, file.Diagnostics.First(d => d.Severity == Model.Diagnostics.DiagnosticSeverity.Error));
            }
            if (file is { Resolution: not null, DuplicateOf: null })
            {
                totals.Loaded++;
            }
            yield return file;
        }
        DiagnosticReport.WriteCorpusTotals(folder, totals);
    }

    private static ParserOptions Options(FileInfo? registry, bool strict, int maxChars)
    {
        if (registry is null)
        {
            return ParserOptions.Default with { Strict = strict, MaxLength = maxChars };
        }
        if (!registry.Exists)
        {
            throw new FileNotFoundException($"no registry file at '{registry.FullName}'", registry.FullName);
        }
        using var stream = registry.OpenRead();
        try
        {
            return ParserOptions.Default with { Registry = ReferenceRegistry.Default.Merge(ReferenceRegistry.FromStream(stream)), Strict = strict, MaxLength = maxChars };
        }
        catch (System.Text.Json.JsonException e)
        {
            // Invalid input (exit 1), as the README says, with the file named.
            throw new System.Text.Json.JsonException($"The registry file '{registry.FullName}' is not a registry: {e.Message}");
        }
    }
}
