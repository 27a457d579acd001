namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Words, each with a slot, found from a word of a text as it stands (its first letter in either case, the rest as
/// printed), such as the first words of aliases. Nearly every word of a text is asked. A word is answered from a direct
/// table by its first letter, length and last letter: where no word of the set has those three, the answer is no at
/// once; where one has, the word is compared with that one; where a few share them, with each of the few. No word is
/// hashed ("the", a third of the words looked up in corpus-dev, was hashed every time).
/// </summary>
internal sealed class WordSlots
{
    /// <summary>The longest word looked up: a longer one is in no set (no alias opens with a word that long).</summary>
    public const int MaxLength = 64;

    private const int Bits = 12;

    // For each entry, the words of the set that took it, with their slots (a few at most: the set holds hundreds of
    // words, the table four thousand entries); null where none did. Arrays, not a dictionary: generic code over a value
    // type is compiled afresh in every framework-dependent start-up.
    private readonly Candidate[]?[] direct = new Candidate[]?[1 << Bits];

    /// <param name="words">The words, each with its first letter in lower case; a word's slot is its position.</param>
    /// <exception cref="ArgumentException">A word is empty or given twice.</exception>
    public WordSlots(IReadOnlyList<string> words)
    {
        for (var slot = 0; slot < words.Count; slot++)
        {
            var word = words[slot];
            if (string.IsNullOrEmpty(word) || (Find(word, 0, word.Length) is var (_, found) && found >= 0))
            {
                throw new ArgumentException($"The word '{word}' is empty or given twice.", nameof(words));
            }
            ref var entry = ref direct[Index(word[0], word.Length, word[^1])];
            entry = [.. entry ?? [], new Candidate(word, slot)];
        }
        Count = words.Count;
    }

    /// <summary>How many words the set holds: the slots are 0 to this less one.</summary>
    public int Count { get; }

    /// <summary>
    /// Whether the word that is characters <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>
    /// (not empty), its first letter in lower case, is in the set, and its slot (-1 when not).
    /// </summary>
    public bool TryGet(string text, int start, int end, out int slot)
    {
        slot = end - start > MaxLength ? -1 : Find(text, start, end).Slot;
        return slot >= 0;
    }

    private (char First, int Slot) Find(string text, int start, int end)
    {
        var length = end - start;
        var first = char.ToLowerInvariant(text[start]);
        if (direct[Index(first, length, length == 1 ? first : text[end - 1])] is not { } candidates)
        {
            return (first, -1);
        }
        foreach (var (word, slot) in candidates)
        {
            if (word.Length == length && word[0] == first && text.AsSpan(start + 1, length - 1).SequenceEqual(word.AsSpan(1)))
            {
                return (first, slot);
            }
        }
        return (first, -1);
    }

    // A word's entry: its first letter (in lower case), length and last letter mixed into Bits bits.
    private static int Index(char first, int length, char last) =>
        (int)(((first * 0x9E3779B1u) ^ ((uint)length * 0x85EBCA6Bu) ^ (last * 0xC2B2AE35u)) >> (32 - Bits));

    // A word of the set and its slot.
    private readonly record struct Candidate(string Word, int Slot);
}
