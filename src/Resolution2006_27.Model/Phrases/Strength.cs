namespace Resolution2006_27.Model.Phrases;

/// <summary>
/// An ordinal strength of a verb, a documented convention and not an official UN scale. It follows
/// practitioners' ranking (decides &gt; requests, urges, calls upon &gt; encourages, invites) and the
/// two-level "requested" versus "encouraged" coding of peacekeeping-mandate datasets, with zero for
/// verbs that ask nothing. Compare values as integers; supply another <see cref="VerbLexicon"/> to
/// override the strength of a verb.
/// </summary>
public enum Strength
{
    /// <summary>The lexicon does not know the verb: no strength is claimed. Below every known strength, so that a range filter leaves it out.</summary>
    Unknown = -1,

    /// <summary>The verb asks nothing (recall, note, welcome, condemn ...).</summary>
    None = 0,

    /// <summary>A soft ask: encourage, invite, recommend.</summary>
    Encouraging = 1,

    /// <summary>A firm ask: request, urge, call upon, call for, demand.</summary>
    Requesting = 2,

    /// <summary>A decision of the organ itself: decide, and the other deciding verbs.</summary>
    Deciding = 3,
}
