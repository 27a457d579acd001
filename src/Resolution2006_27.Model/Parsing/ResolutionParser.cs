using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads a resolution from its printed text: hard line wraps, indents, page breaks that join two
/// paragraphs, footnote markers glued to words or punctuation.
/// </summary>
public static class ResolutionParser
{
    /// <summary>Parses <paramref name="text"/> into a model.</summary>
    /// <param name="text">The resolution's printed text.</param>
    /// <param name="options">The registry and lexicon to read with; the embedded defaults when null.</param>
    /// <returns>The resolution; every part traceable to its span of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ResolutionParseException">The text is not a resolution in the printed form; the exception gives line and column.</exception>
    public static Resolution Parse(string text, ParserOptions? options = null) => ParseWithWarnings(text, options).Resolution;

    /// <summary>Parses <paramref name="text"/> into a model, with a warning for every place where the text was ambiguous.</summary>
    /// <param name="text">The resolution's printed text.</param>
    /// <param name="options">The registry and lexicon to read with; the embedded defaults when null.</param>
    /// <returns>The resolution and the warnings, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ResolutionParseException">The text is not a resolution in the printed form; the exception gives line and column.</exception>
    public static ParseResult ParseWithWarnings(string text, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ParserOptions.Default;
        if (text.Length > options.MaxLength)
        {
            throw new ResolutionParseException(
                $"The text has {text.Length} characters, more than the limit of {options.MaxLength} (ParserOptions.MaxLength)", 1, 1, 0);
        }
        var document = new SourceDocument(text);
        var raw = new StructureReader(document, EntityIndex.ActorMatcher(options.Registry)).Read();
        var resolution = new ResolutionBuilder(document, options).Build(raw);
        return new ParseResult(resolution, document.Warnings.OrderBy(w => w.Offset).ToValueList());
    }
}
