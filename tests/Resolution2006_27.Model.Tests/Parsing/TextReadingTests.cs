using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The parser's readers of printed text: labels, footnote markers, lines and joined text.</summary>
public class TextReadingTests
{
    [Theory]
    [InlineData(null, "a")]
    [InlineData("a", "b")]
    [InlineData("y", "z")]
    [InlineData("z", "aa")]
    [InlineData("aa", "bb")]
    [InlineData("zz", "aaa")]
    public void NextLetter_FollowsTheUnSequence(string? previous, string next) => Assert.Equal(next, Labels.NextLetter(previous));

    [Theory]
    [InlineData("i", 1)]
    [InlineData("iv", 4)]
    [InlineData("xiv", 14)]
    [InlineData("xlix", 49)]
    [InlineData("xc", 90)]
    [InlineData("cd", 400)]
    [InlineData("cm", 900)]
    [InlineData("mcmxciv", 1994)]
    [InlineData("mmxxvi", 2026)]
    [InlineData("dlv", 555)]
    [InlineData("", 0)]
    [InlineData("iiii", 0)] // not canonical
    [InlineData("ic", 0)]
    [InlineData("a", 0)]
    public void FromRoman_ReadsCanonicalNumeralsOnly(string label, int value)
    {
        Assert.Equal(value, Labels.FromRoman(label));
        if (value > 0)
        {
            Assert.Equal(label, Labels.ToRoman(value));
        }
    }

    private static List<(int Start, int End, int Number)> Markers(string text, out List<Resolution2006_27.Model.Diagnostics.Diagnostic> warnings)
    {
        var document = new SourceDocument(text);
        var found = new List<(int Start, int End, int Number)>();
        new MarkerScanner(document).Scan(text, 0, text.Length, found);
        warnings = document.Diagnostics;
        return found;
    }

    [Theory]
    [InlineData("the G8 summit")]
    [InlineData("the P5 members")]
    [InlineData("about 1,500 persons")]
    [InlineData("a rate of 3.2 per cent")]
    [InlineData("resolution 58/137 of")]
    [InlineData("the 41st meeting")]
    [InlineData("the age of 18 years")]
    [InlineData("\"1. Urges Member States")] // a paragraph of a draft, quoted: the opening quote closes no word
    [InlineData("the text \"2. Requests the")]
    [InlineData("'3. Invites")]
    [InlineData("the Convention\u0661 and")] // an Arabic-Indic digit: a digit to .NET, no number of a marker
    [InlineData("the Convention\u06612 and")] // ASCII digits beside one: part of a number no marker is
    [InlineData("the Convention2\u0661 and")]
    // The number of a document symbol after its full stop, as corpus-dev prints them (A/RES/79/56, A/RES/79/222,
    // A/RES/68/143, S/RES/328 (1973), A/RES/74/133, S/RES/2444 (2018), S/RES/1889 (2009)): read as markers before, their
    // digits were cut from the adopted text.
    [InlineData("decision C-SS-4/DEC.3 (dated 27 June 2018)")]
    [InlineData("its resolution GC.18/Res.9 of 7 November 2019,")]
    [InlineData("decisions EX.CL/Dec.686 (XX) and")]
    [InlineData("in accordance with decision 1/CMA.5,")]
    [InlineData("(S/10896 and Corr.1 and Add.1).")]
    [InlineData("(A/S-23/10/Rev.1), in particular")]
    [InlineData("Convention, 1999 (No.182), of the")]
    [InlineData("Assistance Notice No.2 of the Committee")]
    [InlineData("from 1.A.04 scheduled chemicals")] // and no footnote's number opens with 0
    public void Scan_ReadsNumbersInTextAsText(string text) => Assert.Empty(Markers(text, out _));

    [Theory]
    [InlineData("adopted by the Conference.3 It", 26, 27, 3)] // a marker after a sentence's full stop is one
    [InlineData("the Programme of Action.12", 24, 26, 12)]
    [InlineData("the Rules (A/C.3/70).4", 21, 22, 4)] // a symbol in brackets, closed: the marker follows the bracket
    public void Scan_ReadsAMarkerAfterAFullStopThatEndsASentence(string text, int start, int end, int number) =>
        Assert.Equal([(start, end, number)], Markers(text, out _));

    [Fact]
    public void Scan_ReadsDigitsAfterAClosingStraightQuoteAsAMarker() =>
        // "Protocol"1: the quote closes the name, the marker follows it.
        Assert.Equal([(26, 27, 1), (44, 45, 2)], Markers("the \"Trafficking Protocol\"1 and 'Convention'2.", out _));

    [Fact]
    public void Scan_ReadsDigitsGluedToAWordOrPunctuationAsMarkers()
    {
        // "Crime1", "Power,2" and "Office;3" as 2006/27 prints them; "UNODC4": a name of three capitals or more takes a marker.
        Assert.Equal([(5, 6, 1), (13, 14, 2), (22, 23, 3), (29, 30, 4)], Markers("Crime1 Power,2 Office;3 UNODC4.", out var warnings));
        Assert.Empty(warnings);
    }

    [Fact]
    public void Scan_ReadsDigitsAfterAShortWordNotInCapitalsAsAMarker() =>
        // "G8" is a name; "it1" and "Ab2" are words a marker follows.
        Assert.Equal([(2, 3, 1), (10, 11, 2)], Markers("it1 and Ab2.", out _));

    [Theory]
    // Up to three digits make a marker, four a year; a marker may end the text.
    [InlineData("Crime1", 5, 6, 1)]
    [InlineData("Crime100 of 2006", 5, 8, 100)]
    [InlineData("Crime1000 and Crime100", 19, 22, 100)]
    public void Scan_ReadsAMarkerOfAtMostThreeDigits(string text, int start, int end, int number) =>
        Assert.Equal([(start, end, number)], Markers(text, out _));

    [Fact]
    public void Scan_WarnsOfAMarkerThatSkipsNumbers()
    {
        Assert.Equal([(5, 6, 3)], Markers("Crime3 here", out var warnings));
        Assert.Equal("Footnote marker 3 comes where footnote 1 was due: read as a marker, numbers 1 to 2 missing", Assert.Single(warnings).Message);
    }

    [Theory]
    [InlineData("Urges States to act", false)]
    [InlineData("Côte d’Ivoire and Türkiye", false)] // letters outside ASCII are no blanks
    [InlineData("Urges  States", true)] // two spaces fold into one
    [InlineData("Urges\tStates", true)]
    [InlineData("Urges\u00A0States", true)] // a no-break space folds into a space
    [InlineData("a\u2003b", true)] // an em space
    [InlineData("1.\u000BUrges", true)] // a control character prints as a blank
    public void Folds_TellsALineWhoseBlanksFoldingChanges(string line, bool folds) => Assert.Equal(folds, MappedText.Folds(line));

    [Fact]
    public void Build_FoldsEachRunOfBlanksIntoOneSpace_AndFoldsSaysWhereThatChangesALine()
    {
        // Lines as a document gives them: not ending in a blank. Random lines over letters and every kind of blank,
        // single spaces between words most often, as print has them.
        var alphabet = "ab1.é’   \t\u00A0\u2003\u000B\uFEFF";
        var random = new Random(2026120101);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(1, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            chars[^1] = 'b';
            var line = new string(chars);
            var built = MappedText.Build(line, [(0, line.Length)], []).Text;
            // Read by the rule itself: every run of blanks, whatever they are, one space.
            var folded = new System.Text.StringBuilder();
            var blank = false;
            foreach (var c in line)
            {
                if (SourceDocument.IsBlank(c))
                {
                    blank = true;
                    continue;
                }
                folded.Append(blank ? " " : "").Append(c);
                blank = false;
            }
            Assert.Equal(folded.ToString(), built);
            Assert.Equal(built != line, MappedText.Folds(line));
        }
    }

    [Fact]
    public void WordsOf_JoinsLettersDigitsAndHyphens_AndSplitsAtEveryOtherCharacter()
    {
        // Every character of the first two Unicode blocks and then some, between two letters: one word, "a?b", which
        // opens no alias, or the two words "a" and "b", which do.
        var table = new FirstWordTable(new AliasMatcher([new("a z", "a-z"), new("b z", "b-z")]));
        var words = new List<FirstWordTable.Word>();
        for (var c = '\0'; c < '\u0400'; c++)
        {
            var joins = char.IsLetterOrDigit(c) || c == '-';
            Assert.Equal(joins ? 0 : 2, table.WordsOf($"a{c}b", words).Count);
        }
    }

    [Fact]
    public void WordsOf_KeepsOnlyTheWordsThatOpenAnAlias_OfAnyMatcher_InEitherCase()
    {
        // "the Office" opens with "the", which the text prints as "The" and "the"; "Secretary-General" is the second
        // matcher's; "Office" and "of" open none.
        var office = new AliasMatcher([new("the Office", "unodc")]);
        var secretaryGeneral = new AliasMatcher([new("Secretary-General", "sg")]);
        var table = new FirstWordTable(office, secretaryGeneral);
        var words = table.WordsOf("The Office of the Secretary-General", []);
        Assert.Equal([(0, 3), (14, 17), (18, 35)], words.Select(w => (w.Start, w.End)));
        Assert.Equal(words[0].Slot, words[1].Slot);
        Assert.Equal([true, true, false], words.Select(w => table.ColumnOf(office)[w.Slot] is not null));
        Assert.Equal([false, false, true], words.Select(w => table.ColumnOf(secretaryGeneral)[w.Slot] is not null));
        Assert.Throws<ArgumentException>(() => table.ColumnOf(new AliasMatcher([])));
    }

    [Fact]
    public void AParagraphOfManyLines_IsItsLinesJoined_EachWordAtItsSource()
    {
        // Forty hard-wrapped lines (more than a block's line ranges find room for on the stack): one paragraph, each line
        // break a space, each word's mention at the offset it prints at.
        var words = Enumerable.Range(1, 40).Select(i => i == 20 ? "Member States" : $"w{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}").ToList(); // "wba", ...: no digit, which would read as a footnote marker
        var text = ShortResolution.Text("1. Urges " + string.Join("\n", words) + ".");
        var paragraph = Resolutions.FromString(text, Fresh.Options()).OperativeParagraphs[0];
        Assert.Equal("Urges " + string.Join(" ", words) + ".", paragraph.Text);
        var states = Assert.Single(paragraph.ActorMentions);
        Assert.Equal("Member States", text.Substring(states.Span.Start, states.Span.Length));
    }

    [Fact]
    public void Build_CollapsesBlanksIntoOneSpaceMappedToTheLastBlank()
    {
        var text = MappedText.Build("a  b", [(0, 4)], []);
        Assert.Equal("a b", text.Text);
        Assert.Equal((2, 3), text.SourceRange(1, 2));
        Assert.Equal((0, 4), text.SourceRange(0, 3));
    }

    [Fact]
    public void Map_TakesEveryCharacterBackToItsSource_AndEveryOffsetToItsFirstCharacter()
    {
        // Random lines of words, blanks of every kind and cut markers: each text character that is not a folded
        // blank stands at its source offset, offsets rise, and TextIndexOf gives the first character at or past
        // an offset, as a scan over every character does. Some sources are long, of many runs (a map grows past its first room).
        var random = new Random(2006_27);
        const string alphabet = "ab c\t\u00A0-de  f1";
        var manyRuns = 0;
        for (var round = 0; round < 400; round++)
        {
            var source = RandomText.Of(random, alphabet, random.Next(1, round % 10 == 0 ? 1200 : 80));
            var lines = new List<(int Start, int End)>();
            for (var at = 0; at < source.Length;)
            {
                // A line's content, as the parser gives it: between line breaks, no blank at either edge.
                var end = Math.Min(source.Length, at + random.Next(1, 20));
                var (start, stop) = (at, end);
                while (start < stop && char.IsWhiteSpace(source[start]))
                {
                    start++;
                }
                while (stop > start && char.IsWhiteSpace(source[stop - 1]))
                {
                    stop--;
                }
                if (stop > start)
                {
                    lines.Add((start, stop));
                }
                at = end + random.Next(1, 3);
            }
            if (lines.Count == 0)
            {
                continue;
            }
            var cuts = Enumerable.Range(0, random.Next(0, 3)).Select(_ => random.Next(source.Length)).Distinct().Order().Select(c => (c, c + 1)).ToList();
            var text = MappedText.Build(source, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(lines), cuts);
            var offsets = Enumerable.Range(0, text.Text.Length).Select(text.SourceOffset).ToList();
            for (var i = 0; i < offsets.Count; i++)
            {
                Assert.True(i == 0 || offsets[i] > offsets[i - 1], $"offsets rise: {source}");
                Assert.True(text.Text[i] == ' ' || source[offsets[i]] == text.Text[i], $"'{text.Text[i]}' at {i} comes from '{source[offsets[i]]}'");
            }
            for (var offset = 0; offset <= source.Length + 1; offset++)
            {
                var first = offsets.FindIndex(o => o >= offset);
                Assert.Equal(first < 0 ? text.Text.Length : first, text.TextIndexOf(offset));
            }
            // A run ends where the next character's offset is not one more: count them.
            manyRuns += Enumerable.Range(1, Math.Max(0, offsets.Count - 1)).Count(i => offsets[i] != offsets[i - 1] + 1) >= 64 ? 1 : 0;
        }
        Assert.True(manyRuns >= 20, $"{manyRuns} texts of 64 runs or more");
    }

    [Fact]
    public void OneRun_MapsAsBuildDoes_ALineFoldingLeftAsLongAsItPrinted()
    {
        // Random lines of letters and blanks of every kind, none at either edge: where the built text is as long as the
        // line (no blanks doubled), the one-run map gives the same text, offsets and indexes as the map Build makes.
        var random = new Random(2026_12_01);
        const string alphabet = "ab c\t\u00A0é’\u2003";
        var read = 0;
        for (var round = 0; round < 6000; round++)
        {
            var line = "x" + RandomText.Of(random, alphabet, random.Next(0, 30)) + "y";
            var source = "--" + line + "--";
            var built = MappedText.Build(source, [(2, 2 + line.Length)], []);
            if (built.Text.Length != line.Length)
            {
                Assert.Throws<ArgumentException>(() => MappedText.OneRun(built.Text, 2, 2 + line.Length));
                continue;
            }
            read++;
            var one = MappedText.OneRun(built.Text, 2, 2 + line.Length);
            Assert.Equal(built.Text, one.Text);
            Assert.Equal(built.SourceEnd, one.SourceEnd);
            Assert.Equal(Enumerable.Range(0, line.Length).Select(built.SourceOffset), Enumerable.Range(0, line.Length).Select(one.SourceOffset));
            Assert.Equal(Enumerable.Range(0, source.Length + 2).Select(built.TextIndexOf), Enumerable.Range(0, source.Length + 2).Select(one.TextIndexOf));
        }
        Assert.True(read > 1000, $"{read} lines folding left as long");
    }

    [Fact]
    public void Build_CutsTheSameWhateverOrderTheCutsComeIn()
    {
        // "a1 b2 c3": the markers 1, 2 and 3 cut, given in order, backwards and shuffled.
        const string source = "a1 b2 c3";
        (int, int)[] cuts = [(1, 2), (4, 5), (7, 8)];
        foreach (var order in new[] { cuts, [.. cuts.Reverse()], [cuts[1], cuts[2], cuts[0]] })
        {
            var text = MappedText.Build(source, [(0, source.Length)], order);
            Assert.Equal("a b c", text.Text);
            Assert.Equal((3, 4), text.SourceRange(2, 3));
        }
    }

    [Fact]
    public void SourceRange_OfNoCharactersIsEmptyWhereTheyWouldStart()
    {
        var text = MappedText.Build("abc", [(0, 3)], []);
        Assert.Equal((1, 1), text.SourceRange(1, 1));
        Assert.Equal((0, 0), text.SourceRange(0, 0));
    }

    [Theory]
    [InlineData("a\r", 2)]
    [InlineData("a\rb", 2)]
    [InlineData("a\r\nb", 2)]
    [InlineData("a\n\rb", 3)]
    public void SourceDocument_EndsALineAtAnyLineBreak(string text, int lines)
    {
        var document = new SourceDocument(text);
        Assert.Equal(lines, document.Lines.Count);
        Assert.Equal("a", text[document.Lines[0].ContentStart..document.Lines[0].ContentEnd]);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("-")]
    public void Parse_OfABulletBeforeEverythingOrAfterTheEndIsReadWithoutACrash(string bullet)
    {
        // Before the heading a lone bullet is heading text; after the date it is text no annex holds.
        Assert.Equal("ECOSOC Resolution 2006/27", Resolutions.FromString(bullet + "\n\n" + TestData.SeedText).Masthead!.Text);
        var (r, d) = Fresh.Diagnosed(TestData.SeedText + "\n\n" + bullet, Model.Diagnostics.DiagnosticIds.UnplacedText);
        Assert.StartsWith("Text after the closing lines", d.Message, StringComparison.Ordinal);
        Assert.Equal(bullet.Trim(), Assert.Single(r.Unplaced).Text);
    }
}
