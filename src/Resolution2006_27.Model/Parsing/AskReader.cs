using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Reads phrases and the asks they make from a part's text: the phrase that leads it, further
/// phrases joined by "and" ("Recalling ..., and noting ..."; "Urges ... and invites ..."), and who
/// each directive phrase addresses.
/// </summary>
internal sealed class AskReader(VerbLexicon lexicon, Func<MappedText, int, int, SourceSpan> span)
{
    private static readonly string[] Joints = [" and ", "; ", ", "];

    // "reaffirms its request to the Secretary-General to ...": a renewed ask, as strong as its noun's verb.
    private static readonly System.Text.RegularExpressions.Regex Renewal = new(
        @"\G (?:its|their) (?<noun>request|call|invitation|encouragement) to (?=\S)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly Dictionary<string, string> RenewedVerbs = new()
    {
        ["request"] = "requests",
        ["call"] = "calls upon",
        ["invitation"] = "invites",
        ["encouragement"] = "encourages",
    };

    public PhraseMatch? Lead(MappedText text) => PhraseReader.ReadAt(text.Text, 0, lexicon, midSentence: false);

    /// <summary>Phrases after the lead, each opening a clause after a joint.</summary>
    public IEnumerable<PhraseMatch> Further(MappedText text, int from, bool directiveOnly)
    {
        for (var p = from; p < text.Text.Length; p++)
        {
            var joint = Joints.FirstOrDefault(j => string.CompareOrdinal(text.Text, p, j, 0, j.Length) == 0);
            if (joint is null)
            {
                continue;
            }
            var phrase = PhraseReader.ReadAt(text.Text, p + joint.Length, lexicon, midSentence: true);
            if (directiveOnly && phrase is not null && phrase.Entry.Class != VerbClass.Directive)
            {
                phrase = Renewed(text.Text, phrase);
            }
            if (phrase is not null && (!directiveOnly || phrase.Entry.Class == VerbClass.Directive) && (joint == " and " || directiveOnly))
            {
                yield return phrase;
                p = phrase.End;
            }
        }
    }

    /// <summary>The directive a reinforcing phrase renews ("reaffirms its request to"), or null.</summary>
    private PhraseMatch? Renewed(string text, PhraseMatch phrase)
    {
        if (Renewal.Match(text, phrase.End) is not { Success: true } renewal ||
            lexicon.Find(RenewedVerbs[renewal.Groups["noun"].Value]) is not { } entry)
        {
            return null;
        }
        var noun = renewal.Groups["noun"];
        return new PhraseMatch(phrase.Start, noun.Index + noun.Length, noun.Index, noun.Index + noun.Length, phrase.Adverbs, entry, renewal.Index + renewal.Length);
    }

    public Phrase ToPhrase(MappedText text, PhraseMatch match, bool operative) => new(
        text.Text[match.Start..match.End],
        text.Text[match.VerbStart..match.VerbEnd],
        match.Entry.Lemma,
        match.Adverbs.ToValueList(),
        match.Entry.Class,
        // Preambular phrases carry no operative force, whatever their verb.
        operative ? match.Entry.Strength : Strength.None,
        match.Start,
        span(text, match.Start, match.End));

    public ValueList<Addressee> Addressees(MappedText text, PhraseMatch phrase, IReadOnlyDictionary<int, MentionMatch> actors)
    {
        if (phrase.AddresseeAt is null && (phrase.End >= text.Text.Length || text.Text[phrase.End] != ' '))
        {
            return ValueList<Addressee>.Empty;
        }
        return AddresseeReader.Read(text.Text, phrase.AddresseeAt ?? phrase.End + 1, actors)
            .Select(f => new Addressee(
                f.Actor.EntityId, text.Text[f.Start..f.End], AddresseeReader.ScopeOf(f), f.Quantifier, f.Qualifier, f.Start, span(text, f.Start, f.End)))
            .ToValueList();
    }

    /// <summary>The ask a directive phrase makes, or null when the phrase asks nothing or addresses no one.</summary>
    public Ask? AskOf(MappedText text, PhraseMatch phrase, IReadOnlyDictionary<int, MentionMatch> actors)
    {
        var asked = phrase.Entry.Class == VerbClass.Directive ? phrase : Renewed(text.Text, phrase);
        if (asked is null)
        {
            return null;
        }
        phrase = asked;
        var addressees = Addressees(text, phrase, actors);
        if (addressees.Count == 0)
        {
            return null;
        }
        var whole = span(text, phrase.Start, phrase.End);
        return new Ask(ToPhrase(text, phrase, operative: true), addressees, whole with { Length = addressees[^1].Span.End - whole.Start });
    }
}
