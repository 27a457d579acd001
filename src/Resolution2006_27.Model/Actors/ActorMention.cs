using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Actors;

/// <summary>A place where the text names an actor.</summary>
/// <param name="ActorId">The <see cref="Actor.Id"/> named.</param>
/// <param name="Text">The words as they stand in the normalized text.</param>
/// <param name="TextOffset">Where it starts in its part's <c>Text</c>, in characters: <c>Text.Substring(TextOffset, the words.Length)</c> is the words.</param>
/// <param name="Span">Where they stand in the source.</param>
/// <param name="IsShortForm">True for a form that points back, such as "the Office".</param>
public sealed record ActorMention([property: SchemaPattern(IdPatterns.EntityId)] string ActorId, string Text, [property: SchemaMinimum(0)] int TextOffset, SourceSpan Span, bool IsShortForm = false);
