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
    public static Resolution Load(FileInfo? input, FileInfo? registry = null, bool strict = false)
    {
        if (input is null)
        {
            return registry is null ? Resolutions.E2006_27 : Resolutions.FromString(Resolutions.SeedText, Options(registry, strict) with { SourceName = "E-RES-2006-27.txt" });
        }
        if (!input.Exists)
        {
            throw new FileNotFoundException($"no file at '{input.FullName}'", input.FullName);
        }
        var result = Resolutions.FromFile(input.FullName, Options(registry, strict));
        DiagnosticReport.Write(input.Name, result.Diagnostics);
        return result.Resolution;
    }

    public static ResolutionCorpus LoadCorpus(DirectoryInfo directory, FileInfo? registry, bool strict = false, bool keepGoing = false)
    {
        if (!directory.Exists)
        {
            throw new DirectoryNotFoundException($"No folder at '{directory.FullName}'.");
        }
        // Progress for a person at a terminal; a redirected standard error gets the summary only.
        var progress = Console.IsErrorRedirected ? null : new Progress<CorpusProgress>(p => Console.Error.Write($"\rloading {p.Done}/{p.Total}: {p.File}".PadRight(60)));
        var corpus = ResolutionCorpus.Load(directory.FullName, Options(registry, strict), progress);
        if (progress is not null)
        {
            Console.Error.WriteLine();
        }
        foreach (var file in corpus.Diagnostics.GroupBy(d => d.Source ?? ""))
        {
            DiagnosticReport.WriteCorpusFile(file.Key, [.. file]);
        }
        var totals = new DiagnosticReport.Totals { Loaded = corpus.Resolutions.Count };
        totals.Add(corpus.Diagnostics);
        DiagnosticReport.WriteCorpusTotals(directory.Name, totals);
        if (!keepGoing && corpus.LeftOut.FirstOrDefault() is { } first)
        {
            throw LeftOut(first, corpus.Diagnostics.First(d => d.Source == first && d.Severity == Model.Diagnostics.DiagnosticSeverity.Error));
        }
        return corpus;
    }

    /// <summary>The resolutions of a folder as they are read, each file's warnings told as it comes and the totals at the end.</summary>
    public static IEnumerable<Resolution> StreamCorpus(DirectoryInfo directory, FileInfo? registry, bool strict = false, bool keepGoing = false)
    {
        if (!directory.Exists)
        {
            throw new DirectoryNotFoundException($"No folder at '{directory.FullName}'.");
        }
        return Stream(ResolutionCorpus.Read(directory.FullName, Options(registry, strict)), directory.Name, keepGoing);
    }

    // As make does without -k: a file that cannot be read stops the run (exit 1), so a partial answer is never taken for a whole one.
    private static InvalidDataException LeftOut(string file, Model.Diagnostics.Diagnostic why) =>
        new($"{file} could not be read ({why.Message}): stopped; give --keep-going to leave such files out and read the rest");

    private static IEnumerable<Resolution> Stream(CorpusFiles files, string folder, bool keepGoing)
    {
        var totals = new DiagnosticReport.Totals();
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var diagnostics = file.Diagnostics;
            if (file.Resolution is { } twin && symbols.TryGetValue(twin.Symbol, out var first))
            {
                // As ResolutionCorpus.Load: the same resolution twice is kept from the first file.
                diagnostics = [new Model.Diagnostics.Diagnostic(Model.Diagnostics.DiagnosticIds.CorpusFile, Model.Diagnostics.DiagnosticSeverity.Error, $"{twin.Symbol} is already loaded from {first}: left out", new Model.Text.SourceSpan(0, 0, 1, 1)) { Source = file.Name }];
            }
            DiagnosticReport.WriteCorpusFile(file.Name, diagnostics);
            totals.Add(diagnostics);
            if (!keepGoing && diagnostics.FirstOrDefault(d => d.Severity == Model.Diagnostics.DiagnosticSeverity.Error) is { } error)
            {
                DiagnosticReport.WriteCorpusTotals(folder, totals);
                throw LeftOut(file.Name, error);
            }
            if (file.Resolution is { } resolution && diagnostics.Count == file.Diagnostics.Count)
            {
                symbols[resolution.Symbol] = file.Name;
                totals.Loaded++;
                yield return resolution;
            }
        }
        DiagnosticReport.WriteCorpusTotals(folder, totals);
    }

    private static ParserOptions Options(FileInfo? registry, bool strict)
    {
        if (registry is null)
        {
            return ParserOptions.Default with { Strict = strict };
        }
        if (!registry.Exists)
        {
            throw new FileNotFoundException($"no registry file at '{registry.FullName}'", registry.FullName);
        }
        using var stream = registry.OpenRead();
        try
        {
            return ParserOptions.Default with { Registry = ReferenceRegistry.Default.Merge(ReferenceRegistry.FromStream(stream)), Strict = strict };
        }
        catch (System.Text.Json.JsonException e)
        {
            // Invalid input (exit 1), as the README says, with the file named.
            throw new System.Text.Json.JsonException($"The registry file '{registry.FullName}' is not a registry: {e.Message}");
        }
    }
}
