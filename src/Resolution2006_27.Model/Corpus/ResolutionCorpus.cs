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
    /// file-name order. A file that cannot be read is left out and named in <see cref="Diagnostics"/>; loading goes on.
    /// </summary>
    /// <param name="directory">The folder; not searched recursively.</param>
    /// <param name="options">The registry and lexicon for printed text; the embedded defaults when null.</param>
    /// <param name="progress">Told after each file.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static ResolutionCorpus Load(string directory, ParserOptions? options = null, IProgress<CorpusProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"No folder at '{directory}'.");
        }
        var files = Directory.GetFiles(directory)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        var resolutions = new List<Resolution>();
        var diagnostics = new List<Diagnostic>();
        for (var i = 0; i < files.Count; i++)
        {
            var name = Path.GetFileName(files[i]);
            try
            {
                var result = Model.Resolutions.FromFile(files[i], options);
                if (resolutions.FirstOrDefault(r => r.Symbol == result.Resolution.Symbol) is { } twin)
                {
                    // The same resolution twice (its text and its export): the first file read is kept.
                    diagnostics.Add(new Diagnostic(DiagnosticIds.CorpusFile, DiagnosticSeverity.Error, $"{result.Resolution.Symbol} is already loaded from {twin.Source.Name}: left out", FileStart) { Source = name });
                    progress?.Report(new CorpusProgress(i + 1, files.Count, name));
                    continue;
                }
                resolutions.Add(result.Resolution);
                diagnostics.AddRange(result.Diagnostics.Select(d => d with { Source = name }));
            }
            catch (ResolutionParseException e)
            {
                diagnostics.Add(e.Diagnostic with { Source = name });
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new Diagnostic(DiagnosticIds.CorpusFile, DiagnosticSeverity.Error, e.Message, FileStart) { Source = name });
            }
            progress?.Report(new CorpusProgress(i + 1, files.Count, name));
        }
        return new ResolutionCorpus(resolutions, diagnostics);
    }

    private static readonly Text.SourceSpan FileStart = new(0, 0, 1, 1);

    /// <summary>The loaded resolution with <paramref name="symbol"/> ("A/RES/58/137"), or null.</summary>
    /// <param name="symbol">A document symbol.</param>
    public Resolution? FindBySymbol(string symbol) => bySymbol.GetValueOrDefault(symbol);

    /// <summary>Every ask of every resolution, resolution by resolution.</summary>
    public IEnumerable<Obligation> Asks() => Resolutions.SelectMany(r => r.Asks());

    /// <summary>Every mandate of every resolution.</summary>
    public IEnumerable<Mandate> Mandates() => Resolutions.SelectMany(r => r.Mandates());

    /// <summary>Every citation of every resolution; a citation of a resolution in the corpus names it in <see cref="CitationRow.LoadedSymbol"/>.</summary>
    public IEnumerable<CitationRow> CitationRows() =>
        Resolutions.SelectMany(r => r.CitationRows()).Select(row =>
            row.Instrument.DocumentSymbol is { } symbol && symbol != row.Symbol && bySymbol.ContainsKey(symbol) ? row with { LoadedSymbol = symbol } : row);
}
