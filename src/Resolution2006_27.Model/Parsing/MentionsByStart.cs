namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A part's actor mentions by where they start, the first where two start together: what the addressee reader looks up
/// at each word an addressee may open with. An array in order of start, searched by halving, where each part with an
/// actor made a dictionary.
/// </summary>
internal sealed class MentionsByStart
{
    /// <summary>No mentions.</summary>
    public static MentionsByStart Empty { get; } = new([]);

    private readonly MentionMatch[] mentions; // by start, each start once

    /// <param name="mentions">The mentions, in document order (by start) as the analyzer finds them; in any other order they are put in it.</param>
    public MentionsByStart(IReadOnlyList<MentionMatch> mentions)
    {
        var ordered = mentions;
        for (var i = 1; i < mentions.Count; i++)
        {
            if (mentions[i].Start < mentions[i - 1].Start)
            {
                ordered = [.. mentions.OrderBy(m => m.Start)]; // stable: the first of two at one start stays first
                break;
            }
        }
        var starts = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            starts += i == 0 || ordered[i].Start != ordered[i - 1].Start ? 1 : 0;
        }
        this.mentions = new MentionMatch[starts];
        for (int i = 0, k = 0; i < ordered.Count; i++)
        {
            if (i == 0 || ordered[i].Start != ordered[i - 1].Start)
            {
                this.mentions[k++] = ordered[i];
            }
        }
    }

    /// <summary>How many starts hold a mention.</summary>
    public int Count => mentions.Length;

    /// <summary>The mention that starts at <paramref name="start"/>, if one does.</summary>
    public bool TryGetValue(int start, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out MentionMatch mention)
    {
        int low = 0, high = mentions.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var at = mentions[mid].Start;
            if (at == start)
            {
                mention = mentions[mid];
                return true;
            }
            (low, high) = at < start ? (mid + 1, high) : (low, mid - 1);
        }
        mention = null;
        return false;
    }

    /// <summary>The mention that starts at <paramref name="start"/>, or null.</summary>
    public MentionMatch? GetValueOrDefault(int start) => TryGetValue(start, out var mention) ? mention : null;
}
