using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Queries;

/// <summary>A condition or hedge that softens an ask, where it stands.</summary>
/// <param name="Kind">What kind of hedge it is.</param>
/// <param name="Text">Its words.</param>
/// <param name="Part">The part whose text holds it: the ask's own item, or a paragraph or item above that governs it.</param>
/// <param name="TextOffset">Where it starts in that part's text.</param>
public sealed record Hedge(HedgeKind Kind, string Text, PartId Part, int TextOffset);
