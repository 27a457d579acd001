using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Queries;

/// <summary>Composable filters over asks, for LINQ: <c>r.Asks().AddressedTo("the Office").Citing("trafficking-protocol", "article 6")</c>.</summary>
public static class AddressedAskFilters
{
    /// <summary>Asks to an actor named by id, name, alias or short form ("unodc", "the Office"), or to every actor of a kind ("unSecretariat", "member-states").</summary>
    /// <param name="asks">The asks.</param>
    /// <param name="actor">The actor, or a kind.</param>
    /// <returns>The asks it receives.</returns>
    public static IEnumerable<AddressedAsk> AddressedTo(this IEnumerable<AddressedAsk> asks, string actor) =>
        asks.Where(a => a.Actor.IsNamedBy(actor));

    /// <summary>Asks whose words name an actor (as addressee or merely mentioned), by id.</summary>
    /// <param name="asks">The asks.</param>
    /// <param name="actorId">The actor's id.</param>
    /// <returns>The asks that mention it.</returns>
    public static IEnumerable<AddressedAsk> Mentioning(this IEnumerable<AddressedAsk> asks, string actorId) =>
        asks.Where(a => a.MentionedActorIds.Contains(actorId, StringComparer.OrdinalIgnoreCase) || a.Actor.IsNamedBy(actorId));

    /// <summary>Asks made with a verb, given as lemma ("urge") or as printed ("Urges", "calls upon").</summary>
    /// <param name="asks">The asks.</param>
    /// <param name="verb">The verb.</param>
    /// <returns>The asks made with it.</returns>
    public static IEnumerable<AddressedAsk> WithVerb(this IEnumerable<AddressedAsk> asks, string verb)
    {
        var lemma = VerbLexicon.Default.Find(verb.Trim())?.Lemma ?? verb.Trim();
        return asks.Where(a => string.Equals(a.Phrase.Lemma, lemma, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Asks whose verb is of a class.</summary>
    /// <param name="asks">The asks.</param>
    /// <param name="verbClass">The class.</param>
    /// <returns>The asks of that class.</returns>
    public static IEnumerable<AddressedAsk> OfClass(this IEnumerable<AddressedAsk> asks, VerbClass verbClass) =>
        asks.Where(a => a.Phrase.Class == verbClass);

    /// <summary>Asks whose strength lies in a range, both ends included.</summary>
    /// <param name="asks">The asks.</param>
    /// <param name="least">The weakest strength kept.</param>
    /// <param name="most">The strongest strength kept.</param>
    /// <returns>The asks in the range.</returns>
    public static IEnumerable<AddressedAsk> WithStrength(this IEnumerable<AddressedAsk> asks, Strength least, Strength most = Strength.Deciding) =>
        asks.Where(a => a.Phrase.Strength >= least && a.Phrase.Strength <= most);

    /// <summary>Asks that rely on an instrument, named by id, short name, title, alias or symbol; with a pinpoint, only those citing within it.</summary>
    /// <param name="asks">The asks.</param>
    /// <param name="instrument">The instrument ("trafficking-protocol", "Trafficking in Persons Protocol").</param>
    /// <param name="pinpoint">A pinpoint ("article 6"), or null for any citation of the instrument.</param>
    /// <returns>The asks citing it.</returns>
    /// <exception cref="FormatException"><paramref name="pinpoint"/> names no unit and number.</exception>
    public static IEnumerable<AddressedAsk> Citing(this IEnumerable<AddressedAsk> asks, string instrument, string? pinpoint = null)
    {
        var ids = NameMatch.InstrumentIds(instrument);
        var query = pinpoint is null ? null : PinpointQuery.Parse(pinpoint);
        return asks.Where(a => a.Citations.Any(c => ids.Contains(c.InstrumentId) && (query is null || query.Matches(c.Pinpoint))));
    }

    /// <summary>Asks whose words (action, chapeau or addressee) contain <paramref name="words"/>, in any case.</summary>
    /// <param name="asks">The asks.</param>
    /// <param name="words">The words.</param>
    /// <returns>The asks containing them.</returns>
    public static IEnumerable<AddressedAsk> Containing(this IEnumerable<AddressedAsk> asks, string words) =>
        asks.Where(a => $"{a.Phrase.Text} {a.Addressee.Text} {a.Chapeau} {a.Action}".Contains(words, StringComparison.OrdinalIgnoreCase));
}
