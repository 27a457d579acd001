using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Phrases;

/// <summary>A verb of the lexicon: its lemma, class, strength and the printed forms that lead phrases.</summary>
/// <param name="Lemma">The dictionary form ("call upon", "be concerned").</param>
/// <param name="Class">The verb's class.</param>
/// <param name="Strength">The verb's ordinal strength when it leads an operative phrase.</param>
/// <param name="Forms">Lower-case printed forms: third person ("calls upon"), participle ("calling upon"), adjective ("concerned").</param>
public sealed record VerbEntry(string Lemma, VerbClass Class, Strength Strength, ValueList<string> Forms);
