using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model;

/// <summary>What the parser reads a resolution with.</summary>
/// <param name="Registry">The actors, instruments and footnote bodies to resolve against.</param>
/// <param name="Lexicon">The verbs that lead phrases, with their classes and strengths.</param>
/// <param name="SourceName">A name for the source, kept in <see cref="SourceInfo.Name"/>.</param>
/// <param name="MaxLength">
/// The longest text, in characters, the parser accepts; longer text fails at once with a
/// <see cref="ResolutionParseException"/>. The default, <see cref="DefaultMaxLength"/>, is several
/// times the longest resolution the UN prints, and keeps a parse of hostile input under a few seconds.
/// </param>
/// <param name="Strict">
/// When true, the first diagnostic of severity warning fails the parse with a
/// <see cref="ResolutionParseException"/> carrying it, as error: for users who want every recovery refused.
/// False by default: the parser recovers and reports.
/// </param>
public sealed record ParserOptions(ReferenceRegistry Registry, VerbLexicon Lexicon, string SourceName = "input", int MaxLength = ParserOptions.DefaultMaxLength, bool Strict = false)
{
    /// <summary>The default <see cref="MaxLength"/>: 1 MiB of characters.</summary>
    public const int DefaultMaxLength = 1 << 20;

    /// <summary>The embedded registry and the built-in lexicon.</summary>
    public static ParserOptions Default => new(ReferenceRegistry.Default, VerbLexicon.Default);
}
