using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Queries;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Parsing;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The parser on text other than the seed: variants, broken input and noise.</summary>
public class ParserTests
{
    private static string Seed => TestData.SeedText;

    private static ResolutionParseException Fails(string text) =>
        Assert.Throws<ResolutionParseException>(() => Resolutions.FromString(text, Fresh.Options()));

    [Fact]
    public void Parse_OfAnEmptyTextFailsAtTheStart()
    {
        var e = Fails("");
        Assert.Equal((1, 1), (e.Line, e.Column));
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticIds.NotAResolution, e.Diagnostic.Id);
        Assert.Equal((1, 1), (Fails("  \n\n \t\n").Line, 1));
    }

    [Fact]
    public void Parse_WithoutTheEnactingFormulaReadsTheParagraphsAndSaysSo()
    {
        // Line 11 of the seed is the formula; without it, PP1 ("Recalling the Declaration", line 13) opens the body.
        var text = Seed.Replace(" The Economic and Social Council, \n", "\n", StringComparison.Ordinal);
        var (r, d) = Fresh.Diagnosed(text, DiagnosticIds.NoFormula);
        Assert.Equal(13, d.Line);
        Assert.StartsWith("No enacting formula: the paragraphs from line 13 on are read as the body, the organ its heading or first paragraph names ('ECOSOC')", d.Message, StringComparison.Ordinal);
        Assert.Null(r.Preamble.EnactingFormula);
        Assert.Equal(("ecosoc", "E/RES/2006/27", 20, 18), (r.OrganId, r.Symbol, r.Preamble.Paragraphs.Count, r.OperativeParagraphs.Count));
        Assert.Empty(r.Validate(text));
    }

    [Fact]
    public void Parse_OfAHumanRightsCouncilResolutionReadsItsOrganAndVoteLines()
    {
        // The layout of A/HRC/RES/35/13 (2017), shortened: the Council's formula, "35th meeting" with the date on
        // the next line, then the recorded vote in brackets.
        var text = "Human Rights Council\n\nThirty-fifth session\n\nAgenda item 3\n\nResolution adopted by the Human Rights Council on 22 June 2017\n\n"
            + "35/13.\tProtection of the family\n\nThe Human Rights Council,\n\nGuided by the purposes and principles of the Charter of the United Nations,\n\n"
            + "1. Reaffirms that the family is the natural and fundamental group unit of society;\n\n2. Decides to remain seized of the matter.\n\n"
            + "35th meeting\n22 June 2017\n\n[Adopted by a recorded vote of 30 to 12, with 5 abstentions.]\n";
        var result = ResolutionParser.ParseWithWarnings(text, Fresh.Options());
        var r = result.Resolution;
        Assert.Equal(("human-rights-council", "A/HRC/RES/35/13", new DateOnly(2017, 6, 22)), (r.OrganId, r.Symbol, r.AdoptionDate));
        Assert.Equal(("Thirty-fifth session", "Agenda item 3"), (r.Document!.Session!.Text, r.Document.AgendaItems[0].Text));
        Assert.Equal(("Guided", "be guided"), (r.Preamble.Paragraphs[0].Phrases[0].Text, r.Preamble.Paragraphs[0].Phrases[0].Lemma));
        Assert.Equal(("35th meeting", "22 June 2017"), (r.Conclusions!.Meeting.Text, r.Conclusions.Date!.Text));
        Assert.Equal("[Adopted by a recorded vote of 30 to 12, with 5 abstentions.]", Assert.Single(r.Unplaced).Text);
        Assert.Empty(r.Validate(text));
    }

    [Fact]
    public void Parse_OfTextWithNothingOfAResolutionIsRefused()
    {
        var e = Fails("A note on the weather.\n\nIt rained all day in Geneva.\n");
        Assert.Equal(DiagnosticIds.NotAResolution, e.Diagnostic.Id);
        Assert.StartsWith("No enacting formula", e.Problem, StringComparison.Ordinal);
        Assert.Equal((1, 1), (e.Line, e.Column));
    }

    [Fact]
    public void Parse_OfANumberingGapKeepsThePrintedNumberAndNamesTheParagraphAndItsLine()
    {
        // " 3. Invites Member States" is line 138 of the seed; print it as 4.
        Assert.StartsWith(" 3. Invites", TestData.SeedLines[137], StringComparison.Ordinal);
        var result = ResolutionParser.ParseWithWarnings(Seed.Replace(" 3. Invites", " 4. Invites", StringComparison.Ordinal));
        var d = result.Diagnostics.First(d => d.Id == DiagnosticIds.NumberingOutOfSequence);
        Assert.Equal("Operative paragraph 4 follows paragraph 2: paragraph 3 is not in the text", d.Message);
        Assert.Equal((138, 2), (d.Line, d.Column));
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal([1, 2, 4, 5], result.Resolution.OperativeParagraphs.Take(4).Select(p => p.Number));
        // The seed's own "4." now repeats a number: read as text of OP4, so that every id stays one paragraph's.
        Assert.Contains(result.Diagnostics, d => d.Message == "Paragraph 4 after paragraph 4: read as text of the part above");
    }

    [Fact]
    public void Parse_OfAnItemOutOfSequenceNamesTheExpectedLabel()
    {
        var result = ResolutionParser.ParseWithWarnings(Seed.Replace(" (c) To ensure the security", " (e) To ensure the security", StringComparison.Ordinal));
        var d = result.Diagnostics.First(d => d.Id == DiagnosticIds.ItemOutOfSequence);
        Assert.Equal("Item (e) is out of sequence (expected (c)): read as text of the part above", d.Message);
        Assert.Equal(132, d.Line);
        Assert.StartsWith("(e) To ensure the security", result.Resolution.OperativeParagraphs[1].SubParagraphs[1].Text[^200..].Split(" (e) ", 2) is [_, var rest] ? "(e) " + rest : "", StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfAParagraphWithoutAKnownPhraseKeepsThePhraseWithClassAndStrengthUnknown()
    {
        var (r, d) = Fresh.Diagnosed(Seed.Replace(" Condemning trafficking", " Xyzzying trafficking", StringComparison.Ordinal), DiagnosticIds.UnknownPhrase);
        Assert.Equal("Preambular paragraph 9 opens with 'Xyzzying', a preambular phrase the lexicon does not know: kept with the lemma 'xyzzy' by rule, class and strength unknown", d.Message);
        Assert.Equal((49, 2, "Xyzzying".Length), (d.Line, d.Column, d.Span.Length));
        var phrase = Assert.Single(r.Preamble.Paragraphs[8].Phrases);
        // Preambular phrases carry no operative force, known or not: strength none.
        Assert.Equal(("Xyzzying", "xyzzy", VerbClass.Unknown, Strength.None), (phrase.Text, phrase.Lemma, phrase.Class, phrase.Strength));

        var (op, o) = Fresh.Diagnosed(Seed.Replace(" 5. Urges", " 5. Frobnicates", StringComparison.Ordinal), DiagnosticIds.UnknownPhrase);
        Assert.StartsWith("Operative paragraph 5 opens with 'Frobnicates', a operative phrase", o.Message, StringComparison.Ordinal);
        var lead = op.OperativeParagraphs[4].Phrase!;
        Assert.Equal(("Frobnicates", "frobnicate", VerbClass.Unknown, Strength.Unknown), (lead.Text, lead.Lemma, lead.Class, lead.Strength));
        Assert.Empty(op.OperativeParagraphs[4].Asks);
    }

    [Fact]
    public void Parse_WithoutTheMeetingAndDateSaysSo()
    {
        var (r, d) = Fresh.Diagnosed(Seed[..Seed.IndexOf("41st plenary meeting", StringComparison.Ordinal)], DiagnosticIds.NoDate);
        Assert.Equal("No adoption date in the heading or the closing lines", d.Message);
        Assert.Null(r.Conclusions);
        Assert.Null(r.AdoptionDate);
    }

    [Fact]
    public void Parse_OfTheMeetingAndDateOnOneLineTakesBoth()
    {
        // "96th plenary meeting, 29 November 1985", as the Assembly's records of the 1980s print it; a numbered
        // paragraph above it opens with a number too, and stays a paragraph.
        var closing = Seed.IndexOf("41st plenary meeting", StringComparison.Ordinal);
        var r = Resolutions.FromString(Seed[..closing] + "96th plenary meeting, 29 November 2099\n", Fresh.Options());
        Assert.Equal("96th plenary meeting, 29 November 2099", r.Conclusions!.Meeting.Text);
        Assert.Equal(new DateOnly(2099, 11, 29), r.AdoptionDate);
        Assert.Equal(Fresh.Seed().OperativeParagraphs.Count, r.OperativeParagraphs.Count);
        Assert.Empty(r.Unplaced);
    }

    [Fact]
    public void Parse_OfTextAfterTheDateKeepsItAsUnplacedText()
    {
        var (r, d) = Fresh.Diagnosed(Seed + "\n Annex text\n", DiagnosticIds.UnplacedText);
        Assert.StartsWith("Text after the closing lines", d.Message, StringComparison.Ordinal);
        Assert.Equal("Annex text", Assert.Single(r.Unplaced).Text);
    }

    [Fact]
    public void Parse_OfAMarkerBeforeAnyWordKeepsTheParagraphWithoutAPhrase()
    {
        // Found by the noise property: a marker at the very start of a paragraph's text once crashed
        // the footnote-subject lookup instead of reaching the phrase check.
        var (r, d) = Fresh.Diagnosed(Seed.Replace(" Recalling the Declaration", " ,1 Recalling the Declaration", StringComparison.Ordinal), DiagnosticIds.NoPhrase);
        Assert.Equal("Preambular paragraph 1 opens with no preambular phrase", d.Message);
        Assert.Empty(r.Preamble.Paragraphs[0].Phrases);
    }

    [Fact]
    public void Parse_OfAPreambularParagraphWithoutAPhrase_SaysItIsPreambular()
    {
        // Line 7 of the short text: a preambular paragraph that opens with no lead phrase.
        var (r, d) = Fresh.Diagnosed(ShortResolution.Text("1. Urges Member States to act.").Replace("Recalling its resolutions,", "Its resolutions in mind,", StringComparison.Ordinal), DiagnosticIds.NoPhrase);
        Assert.Equal(("Preambular paragraph 1 opens with no preambular phrase", 7, 2), (d.Message, d.Line, d.Column));
        Assert.Empty(r.Preamble.Paragraphs[0].Phrases);
    }

    [Fact]
    public void Parse_OfAnAddresseeTheRegistryDoesNotKnowKeepsItsWordsWithoutAnId()
    {
        var text = Seed.Replace(" 5. Urges Member States to", " 5. Urges the Financial Action Task Force to", StringComparison.Ordinal);
        var (r, d) = Fresh.Diagnosed(text, DiagnosticIds.UnknownAddressee);
        Assert.StartsWith("'the Financial Action Task Force' is asked to act and the registry does not know it", d.Message, StringComparison.Ordinal);
        Assert.Equal("the Financial Action Task Force", text.Substring(d.Offset, d.Span.Length));
        var op5 = r.OperativeParagraphs[4];
        var addressee = Assert.Single(op5.Addressees);
        Assert.Equal((null, "the Financial Action Task Force", AddresseeScope.Unqualified), (addressee.ActorId, addressee.Text, addressee.Scope));
        Assert.Equal(addressee, Assert.Single(Assert.Single(op5.Asks).Addressees));
        Assert.Empty(r.Validate(text));
        var ask = Assert.Single(r.Asks(), a => a.Part.Short == "OP5");
        Assert.Equal(("the-financial-action-task-force", false), (ask.Actor.Id, ask.Actor.Provenance.Verified));
    }

    [Fact]
    public void Parse_OfAResolutionTheRegistryKnowsMakesItsEntryThePresentResolution()
    {
        // Found by the generated-resolution property: A/RES/58/137, which 2006/27 cites, parsed itself.
        var text = Seed.Replace("ECOSOC Resolution 2006/27", "Resolution 58/137", StringComparison.Ordinal)
            .Replace("The Economic and Social Council,", "The General Assembly,", StringComparison.Ordinal);
        var r = Resolutions.FromString(text, Fresh.Options());
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
        var lf = Fresh.Seed();
        Assert.Equal(lf.Parts.Select(p => p.Text), crlf.Parts.Select(p => p.Text));
        Assert.Equal(lf.Parts.Select(p => p.Span.Line), crlf.Parts.Select(p => p.Span.Line));
        Assert.Empty(crlf.Validate());
    }

    [Fact]
    public void FromStream_ReadsUtf8WithAByteOrderMark()
    {
        using var stream = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Seed)]);
        Assert.Equal(Fresh.Seed().Parts.Select(p => p.Text), Resolutions.FromStream(stream).Parts.Select(p => p.Text));
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
        var e = Assert.Throws<ResolutionParseException>(() => Resolutions.FromString(Seed, Fresh.Options() with { MaxLength = 1000 }));
        Assert.Contains($"{Seed.Length} characters, more than the limit of 1000", e.Message, StringComparison.Ordinal);
        using var huge = new MemoryStream(new byte[ParserOptions.DefaultMaxLength + 10]);
        Assert.Contains("more than the limit", Assert.Throws<ResolutionParseException>(() => Resolutions.FromStream(huge)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithAnOverriddenStrengthUsesIt()
    {
        var options = Fresh.Options() with { Lexicon = Fresh.Lexicon().WithStrength("invite", Strength.Requesting) };
        var r = Resolutions.FromString(Seed, options);
        Assert.Equal(Strength.Requesting, r.OperativeParagraphs[2].Phrase!.Strength);
        Assert.Equal(Strength.Requesting, r.OperativeParagraphs[1].Phrase!.Strength);
        Assert.Equal(Strength.Encouraging, Fresh.Seed().OperativeParagraphs[2].Phrase!.Strength);
    }

    [Fact]
    public void WithStrength_OfAnUnknownVerbThrows() =>
        Assert.Throws<ArgumentException>(() => Fresh.Lexicon().WithStrength("frobnicate", Strength.Deciding));

    [Property(MaxTest = Cases.ArbitraryTexts)]
    public void Parse_OfAnyTextThrowsNothingButItsOwnException(string text) => ParsesOrFailsCleanly(text ?? "");

    [Property(MaxTest = Cases.DamagedSeeds, Arbitrary = [typeof(Noise)])]
    public void Parse_OfTheSeedWithNoiseThrowsNothingButItsOwnException(string text) => ParsesOrFailsCleanly(text);

    private static void ParsesOrFailsCleanly(string text)
    {
        try
        {
            var r = Resolutions.FromString(text, Fresh.Options());
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
