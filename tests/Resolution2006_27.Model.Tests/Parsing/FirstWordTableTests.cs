using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The table finds, in any text, exactly the words a plain reading finds that open an alias: a word is a run of
/// letters, digits and hyphens (Unicode's letters and digits outside ASCII), looked up with its first letter in lower
/// case. The table reads a text 64 characters at a time; these texts put words across those chunks, inside them, over
/// the whole of one, and outside ASCII.
/// </summary>
public sealed class FirstWordTableTests
{
    private static readonly string Long = new('q', 64); // the longest first word looked up

    private static readonly AliasMatcher Matcher = new(
    [
        new("the Office", "o"), new("United Nations", "un"), new("état partie", "e"), new("Côte d’Ivoire", "ci"), new("x-y z", "xy"),
        new("2006 z", "n"), new(Long + " z", "q"), new(Long + "q z", "too-long"),
    ]);

    private static readonly HashSet<string> Keys = ["the", "united", "état", "côte", "x-y", "2006", Long];

    private static readonly string[] Words = ["the", "The", "Office", "united", "United", "Nations", "a", "x-y", "x", "état", "État", "Côte", "d’Ivoire", "2006", "-", "é", "thé", "Othe"];

    private static readonly string[] Gaps = [" ", ", ", "  ", "\u00A0", "’", "(", "\t", ". ", "\u2013"];

    [Fact]
    public void WordsOf_FindsTheWordsAPlainReadingFinds_InRandomTexts()
    {
        var table = new FirstWordTable(Matcher);
        var random = new Random(2006_27);
        var buffer = new List<FirstWordTable.Word>();
        for (var round = 0; round < 600; round++)
        {
            var text = new System.Text.StringBuilder();
            var target = random.Next(0, 400);
            while (text.Length < target)
            {
                text.Append(random.Next(12) switch
                {
                    0 => new string('q', random.Next(60, 140)), // across a chunk or over a whole one
                    1 => Long,
                    _ => Words[random.Next(Words.Length)],
                });
                text.Append(Gaps[random.Next(Gaps.Length)]);
            }
            var s = text.ToString();
            Assert.Equal(Reference(s), table.WordsOf(s, buffer).Select(w => (w.Start, w.End)));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    public void WordsOf_FindsAWordWhereverItStands_AfterAnyRunOfOtherWords(int before)
    {
        // A run of letters that opens nothing, then "the": on a chunk's edge, inside one, one past it.
        var text = (before == 0 ? "" : new string('z', before) + " ") + "the end";
        var at = before == 0 ? 0 : before + 1;
        Assert.Equal([(at, at + 3)], new FirstWordTable(Matcher).WordsOf(text, []).Select(w => (w.Start, w.End)));
    }

    [Fact]
    public void WordsOf_FindsTheWordsSoughtByThemselves_WithTheirOwnSlots()
    {
        // "resolution" opens no alias of the matcher, "the" does: each has a slot, the sought word's in no matcher's column.
        var table = new FirstWordTable(["resolution", "the"], Matcher);
        const string text = "Recalling its Resolution 1, the resolution 2 and resolutions 3";
        var found = table.WordsOf(text, []).Select(w => (text[w.Start..w.End], w.Slot)).ToList();
        var resolution = table.SlotOf("resolution");
        Assert.Equal([("Resolution", resolution), ("the", table.SlotOf("the")), ("resolution", resolution)], found);
        Assert.NotEqual(resolution, table.SlotOf("the"));
        Assert.Null(table.ColumnOf(Matcher)[resolution]);
        Assert.NotNull(table.ColumnOf(Matcher)[table.SlotOf("the")]);
        Assert.Equal(-1, table.SlotOf("resolutions")); // not sought, and opens no alias
    }

    [Fact]
    public void Mask_OfAWholeChunk_ClassesEveryCharacterAsOneByOne()
    {
        // Each character of the first Unicode blocks, at every place of a chunk of 64 (read as vectors when all of it is
        // ASCII) among letters and blanks.
        for (var c = '\0'; c < '\u0180'; c++)
        {
            var chunk = new char[64];
            for (var k = 0; k < chunk.Length; k++)
            {
                chunk[k] = k % 3 == 0 ? ' ' : (char)('a' + (k % 26));
            }
            chunk[c % 64] = c;
            var expected = 0UL;
            for (var k = 0; k < chunk.Length; k++)
            {
                expected |= IsWord(chunk[k]) ? 1UL << k : 0;
            }
            Assert.Equal(expected, WordChars.Mask(chunk));
            Assert.Equal(expected & ((1UL << 40) - 1), WordChars.Mask(chunk.AsSpan(0, 40)));
        }
    }

    [Fact]
    public void VectorMask_OfEachWidth_ClassesAChunkOfAsciiAsOneByOne_AndGivesUpOnOneOutsideIt()
    {
        // Whatever width this machine reads in, each is held to the reading one by one (a vector of a width the machine
        // lacks is computed in software: slow, but the same).
        var widths = new Func<char[], ulong?>[]
        {
            chunk => WordChars.VectorMask128(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(chunk.AsSpan())),
            chunk => WordChars.VectorMask256(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(chunk.AsSpan())),
            chunk => WordChars.VectorMask512(System.Runtime.InteropServices.MemoryMarshal.Cast<char, ushort>(chunk.AsSpan())),
        };
        var random = new Random(2006_27);
        for (var round = 0; round < 500; round++)
        {
            var chunk = new char[64];
            for (var k = 0; k < chunk.Length; k++)
            {
                chunk[k] = (char)random.Next(0, 128);
            }
            var expected = 0UL;
            for (var k = 0; k < chunk.Length; k++)
            {
                expected |= IsWord(chunk[k]) ? 1UL << k : 0;
            }
            foreach (var mask in widths)
            {
                Assert.Equal(expected, mask(chunk));
            }
            chunk[random.Next(64)] = (char)random.Next(128, 0x3000);
            foreach (var mask in widths)
            {
                Assert.Null(mask(chunk));
            }
        }
    }

    // Word by word, character by character.
    private static List<(int Start, int End)> Reference(string text)
    {
        var found = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsWord(text[i]))
            {
                i++;
                continue;
            }
            var j = i;
            while (j < text.Length && IsWord(text[j]))
            {
                j++;
            }
            if (Keys.Contains(char.ToLowerInvariant(text[i]) + text[(i + 1)..j]))
            {
                found.Add((i, j));
            }
            i = j;
        }
        return found;
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '-';
}
