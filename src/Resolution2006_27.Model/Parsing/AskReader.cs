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
internal sealed class AskReader(VerbLexicon lexicon, Func<MappedText, int, int, SourceSpan> span, SourceDocument document)
{
    // An addressee the registry does not know, named in title case before "to" and a verb: "the Financial Action
    // Task Force to ...", "the Analytical Support and Sanctions Monitoring Team to ...", "the Government of the Sudan to".
    private static readonly TieredRegex Unknown = new(
        @"\G(?<who>(?:(?:all|the|its|their|other)\s+)*\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|and|the|for|on|in|\(\p{Lu}+\)))*?)\s+to\s+(?=\p{Ll})",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // "reaffirms its request to the Secretary-General to ...": a renewed ask, as strong as its noun's verb.
    private static readonly TieredRegex Renewal = new(
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
    public List<PhraseMatch> Further(MappedText text, int from, bool directiveOnly)
    {
        // One list for every part of the resolution: a caller reads it before it asks again.
        further.Clear();
        // Outside directives only a phrase after " and " is kept ("and noting"): the other joints are not looked for.
        var joints = new JointFinder(text.Text, marks: directiveOnly);
        for (var p = joints.Next(from, out var joint); p >= 0; p = joints.Next(p + 1, out joint))
        {
            var phrase = PhraseReader.ReadAt(text.Text, p + joint.Length, lexicon, midSentence: true);
            if (directiveOnly && phrase is not null && phrase.Entry.Class != VerbClass.Directive)
            {
                phrase = Renewed(text.Text, phrase);
            }
            if (phrase is not null && (!directiveOnly || phrase.Entry.Class == VerbClass.Directive) && (joint == " and " || directiveOnly))
            {
                further.Add(phrase);
                p = phrase.End;
            }
        }
        return further;
    }

    private readonly List<PhraseMatch> further = [];

    /// <summary>
    /// Where the next joint (" and ", "; ", ", ") opens, in increasing order. A part's blanks are most of its joint
    /// starts and few of them open " and ": the two kinds are found by vectorized searches, each kept until passed,
    /// rather than every blank stopped at and compared.
    /// </summary>
    /// <param name="text">The part's text.</param>
    /// <param name="marks">Whether "; " and ", " are joints too, or only " and ".</param>
    private struct JointFinder(string text, bool marks)
    {
        private const string And = " and ";
        private int and = -1;
        private int mark = marks ? -1 : int.MaxValue;

        /// <summary>The first joint at or after <paramref name="from"/>, or -1; <paramref name="joint"/> is the joint found there.</summary>
        public int Next(int from, out string joint)
        {
            if (and != int.MaxValue && and < from)
            {
                var found = from >= text.Length ? -1 : text.AsSpan(from).IndexOf(And, StringComparison.Ordinal);
                and = found < 0 ? int.MaxValue : from + found;
            }
            if (mark != int.MaxValue && mark < from)
            {
                mark = int.MaxValue;
                for (var at = from; at < text.Length;)
                {
                    var found = text.AsSpan(at).IndexOfAny(';', ',');
                    if (found < 0)
                    {
                        break;
                    }
                    at += found;
                    if (at + 1 < text.Length && text[at + 1] == ' ')
                    {
                        mark = at;
                        break;
                    }
                    at++;
                }
            }
            var next = Math.Min(and, mark);
            joint = next == int.MaxValue ? "" : next == and ? And : text[next] == ';' ? "; " : ", ";
            return next == int.MaxValue ? -1 : next;
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
        TextPool.Shared.Of(text.Text, match.Start, match.End),
        TextPool.Shared.Of(text.Text, match.VerbStart, match.VerbEnd),
        match.Entry.Lemma,
        match.Adverbs.ToValueList(),
        match.Entry.Class,
        // Preambular phrases carry no operative force, whatever their verb.
        operative ? match.Entry.Strength : Strength.None,
        match.Start,
        span(text, match.Start, match.End));

    // The addressees read at a phrase, one list for every phrase: each is copied into its model before the next is read.
    private readonly List<AddresseeReader.Found> addresseesRead = [];

    public ValueList<Addressee> Addressees(MappedText text, PhraseMatch phrase, PartAnalysis analysis)
    {
        if (phrase.AddresseeAt is null && (phrase.End >= text.Text.Length || text.Text[phrase.End] != ' '))
        {
            return ValueList<Addressee>.Empty;
        }
        var at = phrase.AddresseeAt ?? phrase.End + 1;
        var found = AddresseeReader.Read(text.Text, at, analysis.ActorsByStart, analysis.Citations, addresseesRead, throughTo: phrase.Entry.Class == VerbClass.Directive);
        var addressees = found.Count == 0 ? [] : new Addressee[found.Count];
        for (var i = 0; i < addressees.Length; i++)
        {
            var f = found[i];
            addressees[i] = new Addressee(
                f.Actor.EntityId, TextPool.Shared.Of(text.Text, f.Start, f.End), AddresseeReader.ScopeOf(f), f.Quantifier, f.Qualifier, f.Start, span(text, f.Start, f.End));
        }
        var known = ValueList<Addressee>.Owning(addressees);
        if (known.Count > 0 || phrase.Entry.Class != VerbClass.Directive || Unknown.Match(text.Text, at) is not { Success: true } unknown)
        {
            return known;
        }
        var who = unknown.Groups["who"];
        var whole = span(text, who.Index, who.Index + who.Length);
        document.Warn(Diagnostics.DiagnosticIds.UnknownAddressee, $"'{who.Value}' is asked to act and the registry does not know it: kept as an addressee without an actor id (extend the registry with --registry)", whole.Start, whole.End);
        var quantifier = who.Value.StartsWith("all ", StringComparison.Ordinal) ? "all" : null;
        return [new Addressee(null, who.Value, quantifier is null ? AddresseeScope.Unqualified : AddresseeScope.All, quantifier, null, who.Index, whole)];
    }

    /// <summary>The ask a directive phrase makes, or null when the phrase asks nothing or addresses no one.</summary>
    public Ask? AskOf(MappedText text, PhraseMatch phrase, PartAnalysis analysis)
    {
        var asked = phrase.Entry.Class == VerbClass.Directive ? phrase : Renewed(text.Text, phrase);
        if (asked is null)
        {
            return null;
        }
        return AskOf(text, asked, Addressees(text, asked, analysis), made: null);
    }

    /// <summary>
    /// The ask of a directive phrase whose addressees are read already (<see cref="Addressees"/>), and its phrase
    /// (<see cref="ToPhrase"/>, operative) where made already; null when it addresses no one. An operative paragraph's
    /// lead is read once for the paragraph and its ask.
    /// </summary>
    public Ask? AskOf(MappedText text, PhraseMatch phrase, ValueList<Addressee> addressees, Phrase? made)
    {
        if (addressees.Count == 0)
        {
            return null;
        }
        var whole = span(text, phrase.Start, phrase.End);
        return new Ask(made ?? ToPhrase(text, phrase, operative: true), addressees, whole with { Length = addressees[^1].Span.End - whole.Start });
    }
}
