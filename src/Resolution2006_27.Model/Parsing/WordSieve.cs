namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// A sieve in front of a dictionary of words: for each ASCII first character and length (to 63), a bit for each last
/// character (its code modulo 32) some word has. The parser asks of nearly every word of a text whether it opens an
/// alias or a verb form, and nearly every answer is no; the sieve gives most of them without hashing the word. Two
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
    public bool MayHold(char first, char last, int length) => MayHold(KeyOf(first, last, length));

    /// <summary>False only when no word added has the first and last character and length <paramref name="key"/> was made of.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // asked of every word of every part
    public bool MayHold(Key key) => key.Slot < 0 || (ends[key.Slot] & key.Bit) != 0;

    /// <summary>
    /// Where a word stands in a sieve (the same in every sieve). A slot of -1 is a word no sieve can turn away.
    /// </summary>
    public static Key KeyOf(char first, char last, int length) =>
        first < 128 && last < 128 ? new((first * 64) + Math.Min(length, 63), 1u << (last & 31)) : new(-1, 0);

    /// <summary>A word's place in a sieve: the slot of its first character and length, the bit of its last character.</summary>
    /// <param name="Slot">The first character and length; -1 where a character is outside ASCII.</param>
    /// <param name="Bit">The last character's bit.</param>
    public readonly record struct Key(int Slot, uint Bit);
}
