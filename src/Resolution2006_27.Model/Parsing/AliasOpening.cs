namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// The aliases one first word opens, as positions in their matcher, by the two characters that follow the first word
/// in the alias ("the Office": a space and 'O'). Where the word stands in a text, only the aliases whose two characters
/// are the text's there can match: "the" opens some twenty short forms and stands in nearly every sentence, and the
/// text's next two characters leave one or two of them to read (82 % of the aliases a pass of corpus-dev read were
/// opened by "the").
/// </summary>
internal sealed class AliasOpening
{
    // Up to this many aliases are all read: a search for the text's two characters costs more than reading them.
    private const int ReadAll = 4;

    // Read wherever the word stands: all of a few, or those of one word ("Secretary-General") or of one character after it.
    private readonly int[] always;

    // The others, ordered by their two characters after the first word as one number (follows, beside them).
    private readonly int[] keyed;
    private readonly int[] follows;

    /// <param name="aliases">The positions of the aliases in their matcher.</param>
    /// <param name="texts">The aliases' texts, by position.</param>
    /// <param name="firstWordLength">The first word's length.</param>
    public AliasOpening(int[] aliases, Func<int, string> texts, int firstWordLength)
    {
        if (aliases.Length <= ReadAll)
        {
            (always, keyed, follows) = (aliases, [], []);
            return;
        }
        // Built with loops and arrays, not queries over tuples: generic code over a value type is compiled afresh in
        // every framework-dependent start-up, and every registry's matchers build these.
        var keys = new int[aliases.Length];
        var unkeyed = 0;
        for (var i = 0; i < aliases.Length; i++)
        {
            keys[i] = Follows(texts(aliases[i]), firstWordLength);
            unkeyed += keys[i] == 0 ? 1 : 0;
        }
        always = new int[unkeyed];
        keyed = new int[aliases.Length - unkeyed];
        follows = new int[aliases.Length - unkeyed];
        for (int i = 0, a = 0, k = 0; i < aliases.Length; i++)
        {
            if (keys[i] == 0)
            {
                always[a++] = aliases[i];
            }
            else
            {
                (keyed[k], follows[k]) = (aliases[i], keys[i]);
                k++;
            }
        }
        // Ordered by their two characters; among equal ones the order does not matter (the matcher sorts what it finds).
        Array.Sort(follows, keyed);
    }

    /// <summary>The aliases to read wherever the word stands.</summary>
    public ReadOnlySpan<int> Always => always;

    /// <summary>
    /// The other aliases that may stand where the first word stands in <paramref name="text"/>, ending at
    /// <paramref name="wordEnd"/>: those whose two characters after the first word are the text's there. (Whether each
    /// matches is the matcher's to read.)
    /// </summary>
    public ReadOnlySpan<int> FollowedAs(string text, int wordEnd)
    {
        var key = follows.Length == 0 ? 0 : Follows(text, wordEnd);
        var first = key == 0 ? -1 : follows.AsSpan().IndexOf(key);
        if (first < 0)
        {
            return [];
        }
        var end = first + 1;
        while (end < follows.Length && follows[end] == key)
        {
            end++;
        }
        return keyed.AsSpan(first, end - first);
    }

    // The two characters at at as one number, or 0 where there are not two.
    private static int Follows(string text, int at) => at + 1 < text.Length ? (text[at] << 16) | text[at + 1] : 0;
}
