namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A sieve in front of a dictionary of words: for each ASCII first character and length (to 63), a bit for each last
/// character (its code modulo 32) some word has. The phrase reader asks at every joint of a text whether a word opens a
/// verb form, and nearly every answer is no; the sieve gives most of them without hashing the word. Two
/// characters may share a bit, and a word whose first or last character is outside ASCII always passes: that costs a
/// lookup, never a match. Callers give first and last characters as their dictionary compares them (in lower or
/// upper case).
/// </summary>
internal sealed class WordSieve
{
    private readonly uint[] ends = new uint[128 * 64];

    /// <summary>Lets words of this first and last character and length through.</summary>
    public void Add(char first, char last, int length)
    {
        if (KeyOf(first, last, length) is { Slot: >= 0 } key)
        {
            ends[key.Slot] |= key.Bit;
        }
    }

    /// <summary>False only when no word added has this first and last character and length.</summary>
    public bool MayHold(char first, char last, int length) => KeyOf(first, last, length) is var key && (key.Slot < 0 || (ends[key.Slot] & key.Bit) != 0);

    // Where a word stands: the slot of its first character and length, the bit of its last character; a slot of -1 for a
    // word with a character outside ASCII, which the sieve cannot turn away.
    private static (int Slot, uint Bit) KeyOf(char first, char last, int length) =>
        first < 128 && last < 128 ? ((first * 64) + Math.Min(length, 63), 1u << (last & 31)) : (-1, 0);
}
