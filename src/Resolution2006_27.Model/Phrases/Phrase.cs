using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Schema;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Phrases;

/// <summary>
/// A preambular or operative phrase: the words, printed in italics in the adopted text, that lead a
/// paragraph or a clause ("Recalling also", "Also invites", "Calls upon", "Encouraging").
/// </summary>
/// <param name="Text">The phrase as printed, adverbs included.</param>
/// <param name="Verb">The verb as printed, with its fixed particle ("Calls upon", "Taking note of", "Deeply concerned" gives "concerned").</param>
/// <param name="Lemma">The verb's dictionary form ("call upon", "take note of", "be concerned").</param>
/// <param name="Adverbs">The adverbs around the verb, as printed ("Also", "further", "Deeply").</param>
/// <param name="Class">The verb's class.</param>
/// <param name="Strength">The verb's ordinal strength under the lexicon used.</param>
/// <param name="TextOffset">Where it starts in its part's <c>Text</c>, in characters: <c>Text.Substring(TextOffset, the phrase's text.Length)</c> is the phrase's text.</param>
/// <param name="Span">Where the phrase stands in the source.</param>
public sealed record Phrase(
    string Text,
    string Verb,
    string Lemma,
    ValueList<string> Adverbs,
    VerbClass Class,
    Strength Strength,
    [property: SchemaMinimum(0)] int TextOffset,
    SourceSpan Span);
