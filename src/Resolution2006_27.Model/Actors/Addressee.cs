using Resolution2006_27.Model.Text;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Actors;

/// <summary>Who an ask is addressed to, with the words that narrow or widen it.</summary>
/// <param name="ActorId">The <see cref="Actor.Id"/> addressed; null where the registry does not know the actor ("the Financial Action Task Force"): the words are in <paramref name="Text"/>, and the parser reported it (RES0210).</param>
/// <param name="Text">The addressee's words, quantifier and qualifier included ("Member States that have not done so").</param>
/// <param name="Scope">Whether the ask goes to the group as named, to all of it, or to a part of it.</param>
/// <param name="Quantifier">The quantifier before the name ("all"), or null.</param>
/// <param name="Qualifier">The restriction after the name ("that have not done so"), or null.</param>
/// <param name="TextOffset">Where it starts in its part's <c>Text</c>, in characters: <c>Text.Substring(TextOffset, the addressee's text.Length)</c> is the addressee's text.</param>
/// <param name="Span">Where <paramref name="Text"/> stands in the source.</param>
public sealed record Addressee(
    [property: SchemaPattern(IdPatterns.EntityId)] string? ActorId,
    string Text,
    AddresseeScope Scope,
    string? Quantifier,
    string? Qualifier,
    [property: SchemaMinimum(0)] int TextOffset,
    SourceSpan Span);
