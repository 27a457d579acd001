namespace Resolution2006_27.Model.Parsing;

/// <summary>A mention of an actor or instrument in a part's text, by text indices.</summary>
internal sealed record MentionMatch(int Start, int End, string EntityId, bool IsShortForm, bool IsSymbol = false);
