namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// How a set of phrases (verb forms, lemmas, adverbs) open, compared as an ordinal case-insensitive comparison compares
/// them: their first four ASCII letters, or a first word of three. The phrase reader is asked at every joint of every
/// paragraph ("and the", "including") and nearly every place opens no phrase: where a place opens with ASCII letters,
/// the sieve answers from them alone, before a word is read or looked up. It may let a place through that opens no
/// phrase; it never turns away one that does.
/// </summary>
/// <remarks>
/// A phrase matches only as whole words: where a place opens with four letters, a phrase that matches there opens
/// with the same four ("ther" of "therefore", which "the" does not open); where it opens with a word of three, the
/// phrase opens with that word. A place that opens otherwise ("We ", a word of two letters, a letter outside ASCII)
/// always passes, and a phrase with a character outside ASCII among its first four (which an ordinal case-insensitive
/// comparison may equate with an ASCII letter) lets every place through.
/// </remarks>
internal sealed class OpeningSieve
{
    private const int Letters = 26;

    // Runs of four letters, hashed to a bit (two may share one: a place let through, never one turned away).
    private const int FourBits = 15;
    private readonly ulong[] four = new ulong[(1 << FourBits) / 64];

    // Words of three letters, a bit each.
    private readonly ulong[] three = new ulong[((Letters * Letters * Letters) + 63) / 64];

    private bool open;

    /// <summary>Lets the places through that open as <paramref name="phrase"/> does.</summary>
    public void Add(string phrase)
    {
        for (var i = 0; i < Math.Min(4, phrase.Length); i++)
        {
            if (phrase[i] >= 128)
            {
                open = true;
                return;
            }
        }
        switch (LettersAt(phrase, 0))
        {
            case 4:
                Set(four, FourKey(phrase, 0));
                break;
            case 3: // a first word of three letters: what follows, if anything, is no letter
                Set(three, ThreeKey(phrase, 0));
                break;
            default:
                break; // a shorter first word matches no place that opens with three letters
        }
    }

    /// <summary>False only where <paramref name="text"/> opens at <paramref name="at"/> with ASCII letters that open no phrase added.</summary>
    public bool MayOpen(string text, int at)
    {
        if (open)
        {
            return true;
        }
        return LettersAt(text, at) switch
        {
            4 => IsSet(four, FourKey(text, at)),
            3 when at + 3 == text.Length || text[at + 3] < 128 => IsSet(three, ThreeKey(text, at)), // a word of three
            _ => true, // a shorter word, or three letters and one outside ASCII, which may be a letter
        };
    }

    // How many of the (up to) four characters from at are ASCII letters before the first that is not.
    private static int LettersAt(string text, int at)
    {
        var n = 0;
        while (n < 4 && at + n < text.Length && Letter(text[at + n]) >= 0)
        {
            n++;
        }
        return n;
    }

    private static int ThreeKey(string text, int at) => (((Letter(text[at]) * Letters) + Letter(text[at + 1])) * Letters) + Letter(text[at + 2]);

    private static int FourKey(string text, int at) =>
        (int)((uint)((ThreeKey(text, at) * Letters) + Letter(text[at + 3])) * 0x9E3779B1u >> (32 - FourBits));

    private static void Set(ulong[] bits, int key) => bits[key >> 6] |= 1UL << key;

    private static bool IsSet(ulong[] bits, int key) => (bits[key >> 6] & (1UL << key)) != 0;

    // An ASCII letter's place in the alphabet, either case; -1 for any other character (c | 0x20 is at least c: only
    // an ASCII character can land on a lower-case letter).
    private static int Letter(char c) => (uint)((c | 0x20) - 'a') < Letters ? (c | 0x20) - 'a' : -1;
}
