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
        if (first < 128 && last < 128)
        {
            ends[Slot(first, length)] |= Bit(last);
        }
    }

    /// <summary>False only when no word added has this first and last character and length.</summary>
    public bool MayHold(char first, char last, int length) =>
        first >= 128 || last >= 128 || (ends[Slot(first, length)] & Bit(last)) != 0;

    private static int Slot(char first, int length) => (first * 64) + Math.Min(length, 63);

    private static uint Bit(char last) => 1u << (last & 31);
}
