namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// The first words of several alias matchers' aliases (a resolution's four: actors, their short forms, instruments,
/// theirs) in one table. A part's words are read and looked up once, not once for each matcher: a word that opens an
/// alias of any keeps its slot in the table, where each matcher finds the aliases it opens (its column), or none.
/// </summary>
internal sealed class FirstWordTable
{
    private readonly AliasMatcher[] matchers;

    // Each first word's slot; a word is looked up with its first letter in lower case, as the matchers' keys have it.
    private readonly WordSlots slots;

    // For each matcher, by slot, the aliases the word opens, or null.
    private readonly AliasOpening?[][] columns;

    /// <param name="matchers">The matchers whose first words the table holds; <see cref="ColumnOf"/> answers for these.</param>
    public FirstWordTable(params AliasMatcher[] matchers)
        : this([], matchers)
    {
    }

    /// <param name="sought">
    /// Words the parser looks for by themselves ("resolution"), each with its first letter in lower case: each has a slot
    /// too (<see cref="SlotOf"/>), so that the one reading of a part's words finds them, whether or not they open an alias.
    /// </param>
    /// <param name="matchers">The matchers whose first words the table holds; <see cref="ColumnOf"/> answers for these.</param>
    public FirstWordTable(IReadOnlyList<string> sought, params AliasMatcher[] matchers)
    {
        this.matchers = matchers;
        var bySlot = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>(); // by slot
        foreach (var word in sought)
        {
            if (bySlot.TryAdd(word, keys.Count))
            {
                keys.Add(word);
            }
        }
        foreach (var matcher in matchers)
        {
            foreach (var key in matcher.FirstWords.Keys)
            {
                if (bySlot.TryAdd(key, keys.Count))
                {
                    keys.Add(key);
                }
            }
        }
        columns = new AliasOpening?[matchers.Length][];
        for (var m = 0; m < matchers.Length; m++)
        {
            columns[m] = new AliasOpening?[bySlot.Count];
            foreach (var (key, opening) in matchers[m].FirstWords)
            {
                columns[m][bySlot[key]] = opening;
            }
        }
        slots = new WordSlots(keys);
        this.bySlot = bySlot;
    }

    private readonly Dictionary<string, int> bySlot;

    /// <summary>The slot of <paramref name="word"/> (its first letter in lower case), or -1 when the table holds no such word.</summary>
    public int SlotOf(string word) => bySlot.TryGetValue(word, out var slot) ? slot : -1;

    /// <summary>By slot, the aliases of <paramref name="matcher"/> that each word of the table opens, or null.</summary>
    /// <exception cref="ArgumentException">The table was not built with <paramref name="matcher"/>.</exception>
    public AliasOpening?[] ColumnOf(AliasMatcher matcher)
    {
        var at = Array.IndexOf(matchers, matcher);
        return at >= 0 ? columns[at] : throw new ArgumentException("The table was not built with this matcher.", nameof(matcher));
    }

    /// <summary>
    /// The words of <paramref name="text"/> that open an alias of some matcher of the table, each with its start, end and
    /// slot, into <paramref name="words"/> (cleared first): read once for a part and given to each of its matchers; a
    /// reader of many parts fills one list again and again.
    /// </summary>
    /// <remarks>
    /// The text is read 64 characters at a time, as a mask of which are word characters (<see cref="WordChars.Mask"/>):
    /// its words are found from the mask's bits, without a branch on every character, which cost a mispredicted branch
    /// at every word's two ends.
    /// </remarks>
    public List<Word> WordsOf(string text, List<Word> words)
    {
        words.Clear();
        var resume = 0; // past the end of the last word read: a word that crossed into this chunk is read already
        for (var chunk = 0; chunk < text.Length; chunk += 64)
        {
            var mask = WordChars.Mask(text.AsSpan(chunk, Math.Min(64, text.Length - chunk)));
            if (resume > chunk)
            {
                // A word read already runs into this chunk, or past it (a word of over 64 characters).
                mask = resume - chunk >= 64 ? 0 : mask & (~0UL << (resume - chunk));
            }
            // Where a word starts: a word character after a character that is not one (the one before the chunk is not,
            // unless it belongs to a word read already, whose characters the line above took out).
            for (var starts = mask & ~(mask << 1); starts != 0; starts &= starts - 1)
            {
                var s = System.Numerics.BitOperations.TrailingZeroCount(starts);
                var run = System.Numerics.BitOperations.TrailingZeroCount(~mask >> s); // 64 when the word runs to the chunk's end
                var i = chunk + s;
                var j = s + run < 64 ? i + run : ScanEnd(text, chunk + 64);
                Keep(text, i, j, words);
                resume = j;
            }
        }
        return words;
    }

    // The end of a word that runs past a chunk.
    private static int ScanEnd(string text, int from)
    {
        var j = from;
        while (j < text.Length && AliasMatcher.IsWordChar(text[j]))
        {
            j++;
        }
        return j;
    }

    // The word text[i..j] is kept when it opens an alias, with its slot.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Keep(string text, int i, int j, List<Word> words)
    {
        if (slots.TryGet(text, i, j, out var slot))
        {
            words.Add(new Word(i, j, slot));
        }
    }

    /// <summary>A word of a part that opens some alias: where it starts and ends, and its slot in the table.</summary>
    /// <param name="Start">Its first character.</param>
    /// <param name="End">Just past its last.</param>
    /// <param name="Slot">Its place in each matcher's column (<see cref="ColumnOf"/>).</param>
    public readonly record struct Word(int Start, int End, int Slot);
}
