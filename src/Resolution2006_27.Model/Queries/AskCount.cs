namespace Resolution2006_27.Model.Queries;

/// <summary>How often an actor is asked with a verb.</summary>
/// <param name="ActorId">The addressee.</param>
/// <param name="Lemma">The verb.</param>
/// <param name="Asks">How many asks.</param>
/// <param name="Paragraphs">How many operative paragraphs they stand in.</param>
public sealed record AskCount(string ActorId, string Lemma, int Asks, int Paragraphs);
