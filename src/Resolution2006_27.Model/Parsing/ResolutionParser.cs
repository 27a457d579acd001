using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Diagnostics;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads resolutions from their printed text, like a compiler front end: the whole text is read, what is
/// understood becomes the model, and what is not is kept with its span and reported as a
/// <see cref="Diagnostic"/>. Hard line wraps, indents, page breaks that join two paragraphs, footnote
/// markers glued to words, page furniture, the mastheads and closing lines of every era are read. Only a
/// text with nothing of a resolution in it is refused; with <see cref="ParserOptions.Strict"/> the first
/// warning is an error too.
/// </summary>
public static class ResolutionParser
{
    /// <summary>Parses <paramref name="text"/> into a model.</summary>
    /// <param name="text">The resolution's printed text.</param>
    /// <param name="options">The registry, lexicon and strictness to read with; the embedded defaults when null.</param>
    /// <returns>The resolution; every part traceable to its span of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ResolutionParseException">The text holds nothing of a resolution, is too long, or (strict) raised a warning; the exception gives line, column and the diagnostic.</exception>
    public static Resolution Parse(string text, ParserOptions? options = null) => ParseWithWarnings(text, options).Resolution;

    /// <summary>
    /// Parses <paramref name="text"/> into a model, with a diagnostic for everything the parser recovered
    /// from, could not place or chose a reading for. Where the text holds several resolutions (a page of the
    /// Official Records, a resolution in parts), the one <see cref="ParserOptions.SourceName"/> names
    /// ("A_RES_40_33.txt" names 40/33) is returned, else the first; <see cref="ParseAll"/> gives every one.
    /// </summary>
    /// <param name="text">The resolution's printed text.</param>
    /// <param name="options">The registry, lexicon and strictness to read with; the embedded defaults when null.</param>
    /// <returns>The resolution and its diagnostics, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ResolutionParseException">The text holds nothing of a resolution, is too long, or (strict) raised a warning.</exception>
    public static ParseResult ParseWithWarnings(string text, ParserOptions? options = null) => ParseWithDigest(text, options, sha256: null);

    /// <summary><see cref="ParseWithWarnings(string, ParserOptions?)"/> of a text whose SHA-256 is known ahead (the embedded seed's).</summary>
    internal static ParseResult ParseWithDigest(string text, ParserOptions? options, string? sha256)
    {
        options ??= ParserOptions.Default;
        var all = ParseAllWithDigest(text, options, sha256);
        // Most texts hold one resolution: the source's name is read only to choose among several.
        var found = false;
        var picked = all.Count == 1 ? 0 : SourceNames.Pick(all.Select(r => r.Resolution.Symbol).ToList(), options.SourceName, out found);
        var result = all[picked];
        var extra = new List<Diagnostic>();
        if (all.Count > 1)
        {
            var others = string.Join(", ", all.Where((_, i) => i != picked).Select(r => r.Resolution.Number.Length == 0 ? "an unnumbered one" : r.Resolution.Number));
            extra.Add(new Diagnostic(DiagnosticIds.OtherResolution, DiagnosticSeverity.Info,
                $"The text holds {all.Count} resolutions; this is {(result.Resolution.Number.Length == 0 ? "the first" : result.Resolution.Number)}{(found ? ", the one the source's name gives" : "")}; the others ({others}) are read by ResolutionParser.ParseAll",
                result.Resolution.Preamble.EnactingFormula?.Span ?? result.Resolution.Parts.FirstOrDefault()?.Span ?? new Text.SourceSpan(0, 0, 1, 1)) { Source = options.SourceName });
        }
        return extra.Count == 0 ? result : result with { Diagnostics = result.Diagnostics.Concat(extra).OrderBy(d => d.Offset).ToValueList() };
    }

    /// <summary>
    /// Parses every resolution <paramref name="text"/> holds, in document order: each enacting formula with a
    /// heading of its own starts one (a part "B" of a resolution in parts is numbered "32/40 B"). Text before
    /// the first heading is kept, reported, with the first.
    /// </summary>
    /// <param name="text">Printed text.</param>
    /// <param name="options">The registry, lexicon and strictness to read with; the embedded defaults when null.</param>
    /// <returns>At least one resolution, each with the diagnostics that fall in its text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ResolutionParseException">The text holds nothing of a resolution, is too long, or (strict) raised a warning.</exception>
    public static ValueList<ParseResult> ParseAll(string text, ParserOptions? options = null) => ParseAllWithDigest(text, options, sha256: null);

    // sha256: the text's digest where it is known ahead, so that it is not computed (and the cryptography library not loaded).
    private static ValueList<ParseResult> ParseAllWithDigest(string text, ParserOptions? options, string? sha256)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        var document = new SourceDocument(text, sha256);
        if (text.Length > options.MaxLength)
        {
            throw document.Error(DiagnosticIds.TooLong, $"The text has {text.Length} characters, more than the limit of {options.MaxLength} (ParserOptions.MaxLength)", 0);
        }
        var raws = new StructureReader(document, EntityIndex.ActorMatcher(options.Registry), options.Lexicon).ReadAll();
        var resolutions = raws.Select(raw => (Raw: raw, Model: new ResolutionBuilder(document, options).Build(raw))).ToList();
        var diagnostics = document.Diagnostics.Select(d => d with { Source = options.SourceName }).OrderBy(d => d.Offset).ToList();
        if (options.Strict && diagnostics.FirstOrDefault(d => d.Severity >= DiagnosticSeverity.Warning) is { } first)
        {
            throw new ResolutionParseException(first.AsError());
        }
        return resolutions.Select((r, i) => new ParseResult(
            r.Model,
            diagnostics.Where(d => (i == 0 || d.Offset >= r.Raw.Start) && (i == resolutions.Count - 1 || d.Offset < r.Raw.End)).ToValueList())).ToValueList();
    }
}
