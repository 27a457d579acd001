namespace Resolution2006_27.Model.Parsing;

/// <summary>A mention of an actor or instrument in a part's text, by text indices.</summary>
internal sealed record MentionMatch(int Start, int End, string EntityId, bool IsShortForm, bool IsSymbol = false)
{
    public bool Overlaps(MentionMatch other) => Start < other.End && other.Start < End;

    public bool Inside(MentionMatch other) => Start >= other.Start && End <= other.End;
}
