using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Phrases;

/// <summary>
/// One thing a part of the resolution asks: a directive phrase and the actors it addresses, as in
/// "Urges Member States that have not done so" or "Encouraging Member States".
/// </summary>
/// <param name="Phrase">The directive phrase.</param>
/// <param name="Addressees">Who is asked, in the order named.</param>
/// <param name="Span">From the phrase to the end of the last addressee.</param>
public sealed record Ask(Phrase Phrase, ValueList<Addressee> Addressees, SourceSpan Span);
