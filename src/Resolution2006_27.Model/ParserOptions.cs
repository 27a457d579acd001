using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model;

/// <summary>What the parser reads a resolution with.</summary>
/// <param name="Registry">The actors, instruments and footnote bodies to resolve against.</param>
/// <param name="Lexicon">The verbs that lead phrases, with their classes and strengths.</param>
/// <param name="SourceName">A name for the source, kept in <see cref="SourceInfo.Name"/>.</param>
public sealed record ParserOptions(ReferenceRegistry Registry, VerbLexicon Lexicon, string SourceName = "input")
{
    /// <summary>The embedded registry and the built-in lexicon.</summary>
    public static ParserOptions Default => new(ReferenceRegistry.Default, VerbLexicon.Default);
}
