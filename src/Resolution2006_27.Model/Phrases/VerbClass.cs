namespace Resolution2006_27.Model.Phrases;

/// <summary>
/// The class of a phrase's verb, as the UN Executive Office of the Secretary-General's analytics team
/// annotates resolution paragraphs (DOMAIN.md).
/// </summary>
public enum VerbClass
{
    /// <summary>Asks someone to act: encourage, request, call upon, urge, invite, call for, recommend, demand.</summary>
    Directive,

    /// <summary>Decides or commits: decide, commit, resolve, endorse, approve, adopt, authorize, establish.</summary>
    Deciding,

    /// <summary>Judges: welcome, support, express concern, condemn, appreciate.</summary>
    Evaluative,

    /// <summary>Takes note: recognize, note, take note, acknowledge, bear in mind.</summary>
    Observing,

    /// <summary>Restates: reaffirm, recall, stress, emphasize, reiterate, underline.</summary>
    Reinforcing,

    /// <summary>The lexicon does not know the verb: the phrase is kept as printed, with a lemma by rule, and no class is claimed.</summary>
    Unknown,
}
