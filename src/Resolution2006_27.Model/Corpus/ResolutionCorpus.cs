using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Corpus;

/// <summary>
/// Many resolutions loaded together, queried as one: asks, mandates and citations across them all,
/// with citations between resolutions of the corpus ("General Assembly resolution 58/137") resolved to
/// the loaded document.
/// </summary>
public sealed class ResolutionCorpus
{
    private static readonly string[] Extensions = [".txt", ".json", ".xml", ".akn"];
    private readonly Dictionary<string, Resolution> bySymbol;

    /// <summary>Creates a corpus of resolutions already loaded.</summary>
    /// <param name="resolutions">The resolutions; a symbol appearing twice keeps its first.</param>
    /// <param name="diagnostics">What loading found: files left out (errors), and the diagnostics of files read.</param>
    public ResolutionCorpus(IEnumerable<Resolution> resolutions, IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        Resolutions = resolutions.ToValueList();
        Diagnostics = (diagnostics ?? []).ToValueList();
        bySymbol = Resolutions.GroupBy(r => r.Symbol).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The resolutions, in the order loaded (file names sorted).</summary>
    public ValueList<Resolution> Resolutions { get; }

    /// <summary>
    /// What loading found, file by file (<see cref="Diagnostic.Source"/> names the file): a file left out is an
    /// error (<see cref="DiagnosticIds.CorpusFile"/>, or the parser's refusal); a file read brings its own diagnostics.
    /// </summary>
    public ValueList<Diagnostic> Diagnostics { get; }

    /// <summary>The files left out: those with a diagnostic of severity error.</summary>
    public IEnumerable<string> LeftOut => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Source!).Distinct();

    /// <summary>
    /// Loads every .txt (printed text), .json (export) and .xml/.akn (Akoma Ntoso) file of a folder, in
    /// file-name order, parsing on every core (<see cref="Read"/>). A file that cannot be read is left out and
    /// named in <see cref="Diagnostics"/>; loading goes on. The same resolution twice (its text and its export)
    /// is kept from the first file in name order, whatever the order files finished in.
    /// </summary>
    /// <param name="directory">The folder; not searched recursively.</param>
    /// <param name="options">The registry and lexicon for printed text; the embedded defaults when null.</param>
    /// <param name="progress">Told after each file, in file-name order.</param>
    /// <param name="parallelism">How many files are parsed at once; every core when null, 1 for one thread.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is less than 1.</exception>
    /// <remarks>
    /// Every model is kept, and the garbage collector copies what is kept at each collection. With .NET's default,
    /// the background collector, the first generation's budget stays small (6 MB unless the processor's cache asks for
    /// more), and a load collects every few files. A program that loads large corpora and keeps them may turn the
    /// background collector off (<c>&lt;ConcurrentGarbageCollection&gt;false&lt;/ConcurrentGarbageCollection&gt;</c> in
    /// its project): on this project's two-core machine a load of corpus-dev then took half the time, on one thread
    /// and on two (docs/performance.md). A program that streams files with <see cref="Read"/> keeps the default.
    /// </remarks>
    public static ResolutionCorpus Load(string directory, ParserOptions? options = null, IProgress<CorpusProgress>? progress = null, int? parallelism = null)
    {
        var resolutions = new List<Resolution>();
        var diagnostics = new List<Diagnostic>();
        var files = Read(directory, options, parallelism);
        var done = 0;
        foreach (var file in files)
        {
            if (file is { Resolution: { } resolution, DuplicateOf: null })
            {
                resolutions.Add(resolution);
            }
            diagnostics.AddRange(file.Diagnostics);
            progress?.Report(new CorpusProgress(++done, files.Count, file.Name));
        }
        return new ResolutionCorpus(resolutions, diagnostics);
    }

    /// <summary>
    /// Reads every .txt, .json and .xml/.akn file of a folder, one <see cref="CorpusFile"/> each, in file-name
    /// order whatever order the parsing finishes in. Files are parsed on <paramref name="parallelism"/> threads
    /// a few files ahead of the reader, so memory holds a bounded window of files besides what the caller keeps:
    /// a stream of resolutions for a corpus of any size.
    /// </summary>
    /// <param name="directory">The folder; not searched recursively.</param>
    /// <param name="options">The registry and lexicon for printed text; the embedded defaults when null.</param>
    /// <param name="parallelism">How many files are parsed at once; every core when null, 1 for one thread.</param>
    /// <returns>The files, in name order (ordinal), with <see cref="IReadOnlyCollection{T}.Count"/> known before any is read.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parallelism"/> is less than 1.</exception>
    public static CorpusFiles Read(string directory, ParserOptions? options = null, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (parallelism is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(parallelism), parallelism, "At least one file is parsed at a time.");
        }
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No folder at '{directory}'.");
        }
        var files = Directory.GetFiles(directory)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        return new CorpusFiles(files, f => ReadOne(f, options), parallelism ?? Environment.ProcessorCount);
    }

    private static CorpusFile ReadOne(string path, ParserOptions? options)
    {
        var name = Path.GetFileName(path);
        try
        {
            var result = Model.Resolutions.ReadFile(path, options);
            return new CorpusFile(name, result.Resolution, result.Diagnostics.Select(d => d with { Source = name }).ToValueList());
        }
        catch (ResolutionParseException e)
        {
            return new CorpusFile(name, null, [e.Diagnostic with { Source = name }]);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return new CorpusFile(name, null, [new Diagnostic(DiagnosticIds.CorpusFile, DiagnosticSeverity.Error, e.Message, FileStart) { Source = name }]);
        }
    }

    /// <summary>Where a diagnostic about a whole file points: its start.</summary>
    internal static readonly Text.SourceSpan FileStart = new(0, 0, 1, 1);

    /// <summary>The loaded resolution with <paramref name="symbol"/> ("A/RES/58/137"), or null.</summary>
    /// <param name="symbol">A document symbol.</param>
    public Resolution? FindBySymbol(string symbol) => bySymbol.GetValueOrDefault(symbol);

    /// <summary>Every ask of every resolution, resolution by resolution.</summary>
    public IEnumerable<AddressedAsk> Asks() => Resolutions.SelectMany(r => r.Asks());

    /// <summary>Every mandate of every resolution.</summary>
    public IEnumerable<Mandate> Mandates() => Resolutions.SelectMany(r => r.Mandates());

    /// <summary>Every citation of every resolution; a citation of a resolution in the corpus names it in <see cref="CitationRow.LoadedSymbol"/>.</summary>
    public IEnumerable<CitationRow> CitationRows() =>
        Resolutions.SelectMany(r => r.CitationRows()).Select(row =>
            row.Instrument.DocumentSymbol is { } symbol && symbol != row.Symbol && bySymbol.ContainsKey(symbol) ? row with { LoadedSymbol = symbol } : row);
}
