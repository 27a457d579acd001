using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Tests;

/// <summary>The parser on text other than the seed: variants, broken input and noise.</summary>
public class ParserTests
{
    private static string Seed => TestData.SeedText;

    private static ResolutionParseException Fails(string text) =>
        Assert.Throws<ResolutionParseException>(() => Resolutions.FromString(text));

    [Fact]
    public void Parse_OfAnEmptyTextFailsAtTheStart()
    {
        var e = Fails("");
        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
        Assert.Equal((1, 1), (Fails("  \n\n \t\n").Line, 1));
    }

    [Fact]
    public void Parse_WithoutTheEnactingFormulaSaysSo()
    {
        var e = Fails(Seed.Replace(" The Economic and Social Council, \n", "", StringComparison.Ordinal));
        Assert.Contains("No enacting formula", e.Problem, StringComparison.Ordinal);
        Assert.Equal(2, e.Line);
    }

    [Fact]
    public void Parse_OfANumberingGapNamesTheParagraphAndItsLine()
    {
        // " 3. Invites Member States" is line 138 of the seed; print it as 4.
        Assert.StartsWith(" 3. Invites", TestData.SeedLines[137], StringComparison.Ordinal);
        var e = Fails(Seed.Replace(" 3. Invites", " 4. Invites", StringComparison.Ordinal));
        Assert.Equal("Operative paragraph 4 follows paragraph 2: expected paragraph 3", e.Problem);
        Assert.Equal((138, 2), (e.Line, e.Column));
        Assert.EndsWith("(line 138, column 2)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfAnItemOutOfSequenceNamesTheExpectedLabel()
    {
        var e = Fails(Seed.Replace(" (c) To ensure the security", " (e) To ensure the security", StringComparison.Ordinal));
        Assert.Equal("Item (e) is out of sequence: expected (c)", e.Problem);
        Assert.Equal(132, e.Line);
    }

    [Fact]
    public void Parse_OfAParagraphWithoutAKnownPhraseNamesIt()
    {
        var e = Fails(Seed.Replace(" Condemning trafficking", " Xyzzying trafficking", StringComparison.Ordinal));
        Assert.StartsWith("Preambular paragraph 9 does not open with a preambular phrase", e.Problem, StringComparison.Ordinal);
        Assert.Equal(49, e.Line);
        var op = Fails(Seed.Replace(" 5. Urges", " 5. Frobnicates", StringComparison.Ordinal));
        Assert.StartsWith("Operative paragraph 5 does not open with an operative phrase", op.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithoutTheMeetingAndDateSaysSo()
    {
        var e = Fails(Seed[..Seed.IndexOf("41st plenary meeting", StringComparison.Ordinal)]);
        Assert.Contains("No meeting and date lines", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfTextAfterTheDateSaysSo() =>
        Assert.Contains("Text after the meeting and date lines", Fails(Seed + "\n Annex text\n").Problem, StringComparison.Ordinal);

    [Fact]
    public void Parse_OfAMarkerBeforeAnyWordFailsCleanly()
    {
        // Found by the noise property: a marker at the very start of a paragraph's text once crashed
        // the footnote-subject lookup instead of reaching the phrase check.
        var e = Fails(Seed.Replace(" Recalling the Declaration", " ,1 Recalling the Declaration", StringComparison.Ordinal));
        Assert.StartsWith("Preambular paragraph 1 does not open with a preambular phrase", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfAResolutionTheRegistryKnowsMakesItsEntryThePresentResolution()
    {
        // Found by the generated-resolution property: A/RES/58/137, which 2006/27 cites, parsed itself.
        var text = Seed.Replace("ECOSOC Resolution 2006/27", "Resolution 58/137", StringComparison.Ordinal)
            .Replace("The Economic and Social Council,", "The General Assembly,", StringComparison.Ordinal);
        var r = Resolutions.FromString(text);
        Assert.Equal("A/RES/58/137", r.Symbol);
        Assert.Equal("a-res-58-137", r.FindPart("OP18")!.Citations.Single().InstrumentId);
        Assert.Equal("a-res-58-137", r.FindPart("PP7")!.Citations.Single().InstrumentId);
        Assert.Single(r.Instruments, i => i.Id == "a-res-58-137");
        Assert.Empty(r.Validate(text));
    }

    [Fact]
    public void Parse_OfWindowsLineEndingsGivesTheSameTexts()
    {
        var crlf = Resolutions.FromString(Seed.Replace("\n", "\r\n", StringComparison.Ordinal));
        var lf = Resolutions.E2006_27;
        Assert.Equal(lf.Parts.Select(p => p.Text), crlf.Parts.Select(p => p.Text));
        Assert.Equal(lf.Parts.Select(p => p.Span.Line), crlf.Parts.Select(p => p.Span.Line));
        Assert.Empty(crlf.Validate());
    }

    [Fact]
    public void FromStream_ReadsUtf8WithAByteOrderMark()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Seed)]);
        Assert.Equal(Resolutions.E2006_27.Parts.Select(p => p.Text), Resolutions.FromStream(stream).Parts.Select(p => p.Text));
    }

    [Fact]
    public void FromStream_OfInvalidUtf8FailsWithTheParsersException()
    {
        using var stream = new MemoryStream([0x54, 0x68, 0xC3, 0x28, 0xFF]);
        Assert.Contains("not valid UTF-8", Assert.Throws<ResolutionParseException>(() => Resolutions.FromStream(stream)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfTextOverTheLimitFailsAtOnce()
    {
        var e = Assert.Throws<ResolutionParseException>(() => Resolutions.FromString(Seed, ParserOptions.Default with { MaxLength = 1000 }));
        Assert.Contains($"{Seed.Length} characters, more than the limit of 1000", e.Message, StringComparison.Ordinal);
        using var huge = new MemoryStream(new byte[ParserOptions.DefaultMaxLength + 10]);
        Assert.Contains("more than the limit", Assert.Throws<ResolutionParseException>(() => Resolutions.FromStream(huge)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithAnOverriddenStrengthUsesIt()
    {
        var options = ParserOptions.Default with { Lexicon = VerbLexicon.Default.WithStrength("invite", Strength.Requesting) };
        var r = Resolutions.FromString(Seed, options);
        Assert.Equal(Strength.Requesting, r.OperativeParagraphs[2].Phrase.Strength);
        Assert.Equal(Strength.Requesting, r.OperativeParagraphs[1].Phrase.Strength);
        Assert.Equal(Strength.Encouraging, Resolutions.E2006_27.OperativeParagraphs[2].Phrase.Strength);
    }

    [Fact]
    public void WithStrength_OfAnUnknownVerbThrows() =>
        Assert.Throws<ArgumentException>(() => VerbLexicon.Default.WithStrength("frobnicate", Strength.Deciding));

    [Property(MaxTest = Cases.ArbitraryTexts)]
    public void Parse_OfAnyTextThrowsNothingButItsOwnException(string text) => ParsesOrFailsCleanly(text ?? "");

    [Property(MaxTest = Cases.DamagedSeeds, Arbitrary = [typeof(Noise)])]
    public void Parse_OfTheSeedWithNoiseThrowsNothingButItsOwnException(string text) => ParsesOrFailsCleanly(text);

    private static void ParsesOrFailsCleanly(string text)
    {
        try
        {
            var r = Resolutions.FromString(text);
            Assert.NotNull(r);
        }
        catch (ResolutionParseException e)
        {
            Assert.True(e.Line >= 1 && e.Column >= 1 && e.Offset >= 0, e.Message);
        }
    }

    /// <summary>The seed with lines deleted, duplicated, swapped or overwritten, or random text put in.</summary>
    public static class Noise
    {
        public static Arbitrary<string> Text() =>
            (from op in Gen.Choose(0, 4)
             from a in Gen.Choose(0, 300)
             from b in Gen.Choose(0, 300)
             from junk in ArbMap.Default.GeneratorFor<NonNull<string>>()
             select Apply(op, a, b, junk.Get)).ToArbitrary();

        private static string Apply(int op, int a, int b, string junk)
        {
            var lines = TestData.SeedLines.ToList();
            a %= lines.Count;
            b %= lines.Count;
            switch (op)
            {
                case 0: lines.RemoveRange(Math.Min(a, b), Math.Abs(a - b)); break;
                case 1: lines.InsertRange(b, lines.Skip(a).Take(5).ToList()); break;
                case 2: (lines[a], lines[b]) = (lines[b], lines[a]); break;
                case 3: lines[a] = junk; break;
                default: lines.Insert(a, junk); break;
            }
            return string.Join("\n", lines);
        }
    }
}
