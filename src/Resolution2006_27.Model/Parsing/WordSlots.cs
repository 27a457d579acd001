namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Words, each with a slot, found from a word of a text as it stands (its first letter in either case, the rest as
/// printed), such as the first words of aliases. Nearly every word of a text is asked. A word is answered from a direct
/// table by its first letter, length and last letter: where no word of the set has those three, the answer is no at
/// once; where one has, the word is compared with that one alone; only where two or more share them is the word
/// hashed and looked up. ("the", a third of the words looked up in corpus-dev, is compared, not hashed.)
/// </summary>
internal sealed class WordSlots
{
    /// <summary>The longest word looked up: a longer one is in no set (no alias opens with a word that long).</summary>
    public const int MaxLength = 64;

    private const int Bits = 12;

    private readonly Entry[] direct = new Entry[1 << Bits];

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> all;

    /// <param name="words">The words, each with its first letter in lower case; a word's slot is its position.</param>
    public WordSlots(IReadOnlyList<string> words)
    {
        var bySlot = new Dictionary<string, int>(words.Count, StringComparer.Ordinal);
        for (var slot = 0; slot < words.Count; slot++)
        {
            var word = words[slot];
            bySlot.Add(word, slot);
            ref var entry = ref direct[Index(word[0], word.Length, word[^1])];
            entry = entry.Word is null ? new Entry(word, slot, Shared: false) : entry with { Shared = true };
        }
        all = bySlot.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many words the set holds: the slots are 0 to this less one.</summary>
    public int Count => all.Dictionary.Count;

    /// <summary>
    /// Whether the word that is characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>
    /// (not empty), its first letter in lower case, is in the set, and its slot (-1 when not). <paramref name="buffer"/>, of
    /// <see cref="MaxLength"/> characters, is room for a word that is hashed: a reader of many words gives one again and again.
    /// </summary>
    public bool TryGet(string text, int start, int end, Span<char> buffer, out int slot)
    {
        slot = -1;
        var length = end - start;
        if (length > MaxLength)
        {
            return false;
        }
        var first = char.ToLowerInvariant(text[start]);
        var entry = direct[Index(first, length, length == 1 ? first : text[end - 1])];
        if (entry.Word is not { } word)
        {
            return false;
        }
        if (word.Length == length && word[0] == first && text.AsSpan(start + 1, length - 1).SequenceEqual(word.AsSpan(1)))
        {
            slot = entry.Slot;
            return true;
        }
        if (!entry.Shared)
        {
            return false;
        }
        var key = buffer[..length];
        text.AsSpan(start, length).CopyTo(key);
        key[0] = first;
        if (all.TryGetValue(key, out slot))
        {
            return true;
        }
        slot = -1;
        return false;
    }

    // A word's entry: its first letter (in lower case), length and last letter mixed into Bits bits.
    private static int Index(char first, int length, char last) =>
        (int)(((first * 0x9E3779B1u) ^ ((uint)length * 0x85EBCA6Bu) ^ (last * 0xC2B2AE35u)) >> (32 - Bits));

    // The first word of the set with an entry's letters and length, and whether another has them too.
    private readonly record struct Entry(string? Word, int Slot, bool Shared);
}
