using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Parsing;

/// <summary>A phrase found in a part's text, by text indices; its addressees start at <see cref="AddresseeAt"/> (after the phrase and a space unless set).</summary>
internal sealed record PhraseMatch(int Start, int End, int VerbStart, int VerbEnd, IReadOnlyList<string> Adverbs, VerbEntry Entry, int? AddresseeAt = null);
