using System.Globalization;
using Resolution2006_27.Model.Annexes;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Footnotes;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.Validation;

/// <summary>
/// Every rule of <see cref="Resolution.Validate"/>, each broken once in the embedded resolution: the
/// problem says where (JSON Pointer), which rule, what was expected and what was found.
/// </summary>
public class ModelRuleTests
{
    private readonly Resolution R = Fresh.Seed();

    public static TheoryData<string> Breaks() => [.. new ModelRuleTests().Cases.Keys];

    [Fact]
    public void Validate_AcceptsAPreambularParagraphWithoutAPhrase()
    {
        // Real texts print some ("The attention of the Security Council has been drawn ..."): the parser warns, the model holds them.
        var broken = WithPart(R.Preamble.Paragraphs[0], p => ((PreambularParagraph)p) with { Phrases = [] });
        Assert.Empty(broken.Validate());
    }

    [Fact]
    public void TheCatalogue_IsTheRulesTheValidatorReports_AndDocsQualityListsIt()
    {
        // Every rule is broken by a case here, and every case breaks a catalogued rule.
        var broken = Cases.Values.Select(c => c().Expected.Rule).Concat(Misplaced().Select(row => row.Data.Item3)).ToHashSet();
        Assert.Equal(ModelRules.All.Select(r => r.Id).Order(), broken.Order());
        Assert.Equal(ModelRules.All.Count, ModelRules.All.Select(r => r.Id).Distinct().Count());
        // Each example says its rule where a problem does: "pointer: rule: expected ..., found ...".
        Assert.All(ModelRules.All, r => Assert.Matches($"^/[^ ]*: {r.Id}: expected .+, found .+$", r.Example));
        // docs/quality.md has the catalogue's table, row by row.
        var doc = File.ReadAllText(Path.Combine(TestData.RepoRoot, "docs", "quality.md"));
        var rows = System.Text.RegularExpressions.Regex.Matches(doc, @"^\| `(?<id>[a-z-]+)` \| (?<checks>[^|]+) \| `(?<example>[^`]+)` \|$", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => new ModelRule(m.Groups["id"].Value, m.Groups["checks"].Value.Trim(), m.Groups["example"].Value));
        Assert.Equal(ModelRules.All, rows);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void Validate_ReportsTheBrokenRule(string name)
    {
        var (broken, expected, source) = Cases[name]();
        var problems = broken.Validate(source);
        Assert.Contains(expected, problems);
    }

    /// <summary>Breaks of a text's offset in its part, or of its span in the source: each named where it is.</summary>
    public static TheoryData<string, string, string> Misplaced()
    {
        var tests = new ModelRuleTests();
        var R = tests.R;
        var PointerOf = tests.PointerOf;
        var withPinpoint = R.Parts.First(p => p.Citations.Any(c => c.Pinpoint is not null));
        var c = withPinpoint.Citations.ToList().FindIndex(x => x.Pinpoint is not null);
        var mentioned = R.Parts.First(p => p.ActorMentions.Count > 0);
        return new()
        {
            { "phrase offset", "/operativeParagraphs/0/phrase/textOffset", "offset-agrees" },
            { "phrase span", "/operativeParagraphs/0/phrase/span", "span-agrees" },
            { "addressee offset", "/operativeParagraphs/0/addressees/0/textOffset", "offset-agrees" },
            { "ask addressee offset", "/operativeParagraphs/0/asks/0/addressees/0/textOffset", "offset-agrees" },
            { "pinpoint offset", $"{PointerOf(withPinpoint)}/citations/{c}/pinpoint/textOffset", "offset-agrees" },
            { "pinpoint span", $"{PointerOf(withPinpoint)}/citations/{c}/pinpoint/span", "span-agrees" },
            { "mention offset", $"{PointerOf(mentioned)}/actorMentions/0/textOffset", "offset-agrees" },
            { "mention span", $"{PointerOf(mentioned)}/actorMentions/0/span", "span-agrees" },
            { "furniture span", "/furniture/0/span", "span-inside-source" },
            { "preambular phrase offset", "/preamble/paragraphs/0/phrases/0/textOffset", "offset-agrees" },
            { "citation span", $"{PointerOf(withPinpoint)}/citations/{c}/span", "span-agrees" },
            { "empty phrase span", "/operativeParagraphs/0/phrase/span", "span-agrees" },
            { "phrase span from the first character", "/operativeParagraphs/0/phrase/span", "span-agrees" },
        };
    }

    [Theory]
    [MemberData(nameof(Misplaced))]
    public void Validate_AgainstTheTextReportsWhatStandsElsewhere(string name, string pointer, string rule)
    {
        var op1 = R.OperativeParagraphs[0];
        var withPinpoint = R.Parts.First(p => p.Citations.Any(c => c.Pinpoint is not null));
        var mentioned = R.Parts.First(p => p.ActorMentions.Count > 0);
        var broken = name switch
        {
            "phrase offset" => WithPart(op1, p => op1 with { Phrase = op1.Phrase! with { TextOffset = op1.Phrase!.TextOffset + 1 } }),
            "phrase span" => WithPart(op1, p => op1 with { Phrase = op1.Phrase! with { Span = op1.Phrase!.Span with { Start = op1.Phrase!.Span.Start + 1 } } }),
            "addressee offset" => WithPart(op1, p => op1 with { Addressees = Set(op1.Addressees, 0, a => a with { TextOffset = a.TextOffset + 1 }) }),
            "ask addressee offset" => WithPart(op1, p => op1 with { Asks = Set(op1.Asks, 0, k => k with { Addressees = Set(k.Addressees, 0, a => a with { TextOffset = a.TextOffset + 2 }) }) }),
            "pinpoint offset" => WithPart(withPinpoint, p => p with { Citations = p.Citations.Select(x => x.Pinpoint is null ? x : x with { Pinpoint = x.Pinpoint with { TextOffset = x.Pinpoint.TextOffset + 1 } }).ToValueList() }),
            "pinpoint span" => WithPart(withPinpoint, p => p with { Citations = p.Citations.Select(x => x.Pinpoint is null ? x : x with { Pinpoint = x.Pinpoint with { Span = x.Pinpoint.Span with { Length = x.Pinpoint.Span.Length - 1 } } }).ToValueList() }),
            "mention offset" => WithPart(mentioned, p => p with { ActorMentions = Set(p.ActorMentions, 0, m => m with { TextOffset = m.TextOffset + 1 }) }),
            "mention span" => WithPart(mentioned, p => p with { ActorMentions = Set(p.ActorMentions, 0, m => m with { Span = m.Span with { Length = m.Span.Length + 1 } }) }),
            "preambular phrase offset" => WithPart(R.Preamble.Paragraphs[0], p => ((PreambularParagraph)p) with { Phrases = Set(((PreambularParagraph)p).Phrases, 0, x => x with { TextOffset = x.TextOffset + 1 }) }),
            "citation span" => WithPart(withPinpoint, p => p with { Citations = p.Citations.Select(x => x.Pinpoint is null ? x : x with { Span = x.Span with { Start = x.Span.Start + 1 } }).ToValueList() }),
            "empty phrase span" => WithPart(op1, p => op1 with { Phrase = op1.Phrase! with { Span = op1.Phrase!.Span with { Length = 0 } } }),
            "phrase span from the first character" => WithPart(op1, p => op1 with { Phrase = op1.Phrase! with { Span = op1.Phrase!.Span with { Start = 0 } } }),
            "furniture span" => R with { Furniture = [new("x", new(R.Source.Length, 1, 1, 1))] },
            _ => throw new ArgumentException(name),
        };
        Assert.Contains(broken.Validate(Resolutions.SeedText), p => p.Pointer == pointer && p.Rule == rule);
    }

    [Fact]
    public void Validate_ReportsOneNumberingProblemForAGapInThePreamble()
    {
        // PP3 onward renumbered 4, 5, ...: PP3 breaks the sequence, each later one follows its predecessor.
        var paragraphs = R.Preamble.Paragraphs.Select((p, i) => i < 2 ? p : p with { Position = p.Position + 1 }).ToValueList();
        var problems = (R with { Preamble = R.Preamble with { Paragraphs = paragraphs } }).Validate();
        var gap = Assert.Single(problems, p => p.Rule == "contiguous-numbering");
        Assert.Equal(new ModelProblem("/preamble/paragraphs/2/position", "contiguous-numbering", "3", "4"), gap);
    }

    [Fact]
    public void Validate_ReportsOneLabelProblemForAShiftedSequence()
    {
        // OP6's items relabelled (b) to (e): (a) is missing, and each later label follows its predecessor.
        var op6 = R.OperativeParagraphs[5];
        var items = op6.SubParagraphs.Select(s => s with { Label = ((char)(s.Label[0] + 1)).ToString() }).ToValueList();
        var problems = WithPart(op6, p => op6 with { SubParagraphs = items }).Validate();
        var label = Assert.Single(problems, p => p.Rule == "labels-in-sequence");
        Assert.Equal(new ModelProblem("/operativeParagraphs/5/subParagraphs/0/label", "labels-in-sequence", "(a)", "(b)"), label);
    }

    [Fact]
    public void Validate_AcceptsAPartThatStartsWhereThePreviousEnds()
    {
        var (op1, op2) = (R.OperativeParagraphs[0], R.OperativeParagraphs[1]);
        var touching = op2 with { Span = op2.Span with { Start = op1.Span.End, Length = op2.Span.End - op1.Span.End } };
        Assert.DoesNotContain(WithPart(op2, _ => touching).Validate(), p => p.Rule == "spans-in-order");
    }

    [Fact]
    public void Validate_AcceptsAMarkerAtTheStartOfItsText()
    {
        var part = R.Parts.First(p => p.FootnoteMarkers.Count > 0);
        var broken = WithPart(part, p => p with { FootnoteMarkers = Set(p.FootnoteMarkers, 0, m => m with { TextOffset = 0 }) });
        Assert.DoesNotContain(broken.Validate(), p => p.Rule == "marker-in-text");
    }

    [Fact]
    public void Validate_AcceptsWordsAtTheEndOfTheText()
    {
        // OP1's addressee pointed at the last word of OP1's text: the offset agrees.
        var op1 = R.OperativeParagraphs[0];
        var last = op1.Text[(op1.Text.LastIndexOf(' ') + 1)..];
        var broken = WithPart(op1, p => op1 with { Addressees = Set(op1.Addressees, 0, a => a with { Text = last, TextOffset = op1.Text.Length - last.Length }) });
        Assert.DoesNotContain(broken.Validate(), p => p.Rule == "offset-agrees");
    }

    [Fact]
    public void Validate_NamesTheTextASpanShouldCoverClipped()
    {
        // OP1's span starting one character late: the expectation quotes OP1 as printed, cut at 57 characters.
        var op1 = R.OperativeParagraphs[0];
        var printed = $"{op1.PrintedLabel} {op1.Text}";
        var broken = WithPart(op1, p => op1 with { Span = op1.Span with { Start = op1.Span.Start + 1, Length = op1.Span.Length - 1 } });
        var problem = Assert.Single(broken.Validate(Resolutions.SeedText), p => p.Pointer == "/operativeParagraphs/0/span");
        Assert.Equal("span-agrees", problem.Rule);
        Assert.Equal($"a span over the text \"{printed[..57]}...\"", problem.Expected);
        Assert.Equal($"\"{printed[1..58]}...\"", problem.Found);
    }

    [Fact]
    public void Validate_OfTheEmbeddedResolutionAgainstItsTextFindsNothing() => Assert.Empty(R.Validate(Resolutions.SeedText));

    // Built per test from the test's own model (Fresh), never once per process.
    private Dictionary<string, Func<(Resolution Broken, ModelProblem Expected, string? Source)>> Cases => new()
    {
        ["source text"] = () =>
        {
            var other = Resolutions.SeedText + " ";
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(other)));
            return (R, new("/source/sha256", "source-text", $"the SHA-256 of the text given ({hash})", R.Source.Sha256), other);
        },
        // OP1 opens "Urges Member States ...": a phrase that states another verb or an adverb not printed is refused
        // (an export saying "frobnicates" where the text says "Urges" was valid).
        ["phrase verb"] = () => (WithPart(R.OperativeParagraphs[0], p => (OperativeParagraph)p with { Phrase = ((OperativeParagraph)p).Phrase! with { Verb = "frobnicates" } }),
            new("/operativeParagraphs/0/phrase/verb", "phrase-words", "the verb as printed in \"Urges\"", "\"frobnicates\""), null),
        ["phrase adverb"] = () => (WithPart(R.OperativeParagraphs[0], p => (OperativeParagraph)p with { Phrase = ((OperativeParagraph)p).Phrase! with { Adverbs = ["strongly"] } }),
            new("/operativeParagraphs/0/phrase/adverbs/0", "phrase-words", "an adverb printed in \"Urges\"", "\"strongly\""), null),
        ["organ"] = () => (R with { OrganId = "nobody" }, new("/organId", "reference-resolves", "an actor of this resolution", "'nobody'"), null),
        ["actor parent"] = () => (R with { Actors = Set(R.Actors, 1, a => a with { ParentId = "nobody" }) }, new("/actors/1/parentId", "reference-resolves", "an actor of this resolution", "'nobody'"), null),
        ["instrument parent"] = () => (R with { Instruments = Set(R.Instruments, 0, i => i with { ParentId = "nothing" }) }, new("/instruments/0/parentId", "reference-resolves", "an instrument of this resolution", "'nothing'"), null),
        ["actor id twice"] = () => (R with { Actors = [.. R.Actors, R.Actors[0]] }, new($"/actors/{R.Actors.Count}/id", "unique-ids", "an id used once", $"'{R.Actors[0].Id}' again"), null),
        ["instrument id twice"] = () => (R with { Instruments = [.. R.Instruments, R.Instruments[2]] }, new($"/instruments/{R.Instruments.Count}/id", "unique-ids", "an id used once", $"'{R.Instruments[2].Id}' again"), null),
        ["masthead span"] = () => OutsideSource(R with { Masthead = R.Masthead! with { Span = R.Masthead!.Span with { Start = -1 } } }, "/masthead/span", R.Masthead!.Span with { Start = -1 }),
        ["title span"] = () => OutsideSource(R with { Title = R.Title! with { Span = R.Title.Span with { Line = 0 } } }, "/title/span", R.Title.Span with { Line = 0 }),
        // 2006/27 prints neither an origin line nor a separate number: each is given one here, with a bad span.
        ["origin span"] = () => OutsideSource(R with { Origin = new("x", new(0, 1, 1, 0)) }, "/origin/span", new(0, 1, 1, 0)),
        ["printed number span"] = () => OutsideSource(R with { PrintedNumber = new("x", new(0, -1, 1, 1)) }, "/printedNumber/span", new(0, -1, 1, 1)),
        ["adoption span"] = () => OutsideSource(R with { Adoption = new("x", new(0, 1, 0, 1)) }, "/adoption/span", new(0, 1, 0, 1)),
        ["enacting formula span"] = () => OutsideSource(R with { Preamble = R.Preamble with { EnactingFormula = R.Preamble.EnactingFormula! with { Span = R.Preamble.EnactingFormula!.Span with { Start = R.Source.Length } } } }, "/preamble/enactingFormula/span", R.Preamble.EnactingFormula!.Span with { Start = R.Source.Length }),
        ["conclusions date span"] = () => OutsideSource(R with { Conclusions = R.Conclusions! with { Date = R.Conclusions.Date! with { Span = R.Conclusions.Date!.Span with { Length = R.Source.Length } } } }, "/conclusions/date/span", R.Conclusions.Date!.Span with { Length = R.Source.Length }),
        ["conclusions before the last part"] = () => (R with { Conclusions = R.Conclusions! with { Meeting = R.Conclusions.Meeting with { Span = R.Conclusions.Meeting.Span with { Start = 0 } } } },
            new("/conclusions/meeting/span", "spans-in-order", $"a start at or after {R.Parts.Last().Span.End}", "0"), null),
        ["preambular id"] = () => (WithPart(R.Preamble.Paragraphs[1], p => ((PreambularParagraph)p) with { Id = PartId.Preambular(2) with { Short = "PP-two" } }),
            new("/preamble/paragraphs/1/id", "id-format", "PP2", "PP-two"), null),
        ["operative number falls"] = () => (WithPart(R.OperativeParagraphs[2], p => ((OperativeParagraph)p) with { Number = 1, Id = PartId.Operative(1) with { EId = "para_1b" } }),
            new("/operativeParagraphs/2/number", "rising-numbering", "a number above 2", "1"), null),
        ["preambular position"] = () => (WithPart(R.Preamble.Paragraphs[0], p => ((PreambularParagraph)p) with { Position = 0, Id = PartId.Preambular(0) }),
            new("/preamble/paragraphs/0/position", "contiguous-numbering", "1", "0"), null),
        ["operative id"] = () => (WithPart(R.OperativeParagraphs[2], p => ((OperativeParagraph)p) with { Id = PartId.Operative(3) with { EId = "para_three" } }),
            new("/operativeParagraphs/2/id", "id-format", "OP3", "OP3"), null),
        ["item id"] = () => (WithPart(R.FindPart("OP2(a)")!, p => ((SubParagraph)p) with { Id = R.OperativeParagraphs[1].Id.Item("z") }),
            new("/operativeParagraphs/1/subParagraphs/0/id", "id-format", "para_2__list_1__point_a", "para_2__list_1__point_z"), null),
        ["ask addressee"] = () =>
        {
            var op = R.OperativeParagraphs[0];
            var ask = op.Asks[0] with { Addressees = Set(op.Asks[0].Addressees, 0, a => a with { ActorId = "nobody" }) };
            return (WithPart(op, p => ((OperativeParagraph)p) with { Asks = [ask, .. op.Asks.Skip(1)] }),
                new("/operativeParagraphs/0/asks/0/addressees/0/actorId", "reference-resolves", "an actor of this resolution", "'nobody'"), null);
        },
        ["part out of order"] = () =>
        {
            var op2 = R.OperativeParagraphs[1];
            var before = R.Parts.TakeWhile(p => p.Id != op2.Id).Last();
            var start = before.Span.Start;
            return (WithPart(op2, p => ((OperativeParagraph)p) with { Span = op2.Span with { Start = start } }),
                new("/operativeParagraphs/1/span/start", "spans-in-order", $"a start at or after {before.Span.End}", start.ToString(CultureInfo.InvariantCulture)), null);
        },
        ["part id twice"] = () => (WithPart(R.OperativeParagraphs[4], p => ((OperativeParagraph)p) with { Id = p.Id with { EId = "para_4" } }),
            new("/operativeParagraphs/4/id/eId", "unique-ids", "an id used once (also at /operativeParagraphs/3/id/eId)", "'para_4' again"), null),
        ["citation outside its part"] = () =>
        {
            var part = R.Parts.First(p => p.Citations.Count > 0);
            var moved = part.Citations[0].Span with { Start = part.Span.End + 10 };
            return (WithPart(part, p => p with { Citations = Set(p.Citations, 0, c => c with { Span = moved }) }),
                new($"{PointerOf(part)}/citations/0/span", "span-inside-part", $"a span inside {part.Span}", moved.ToString()), null);
        },
        ["citation id twice"] = () =>
        {
            var part = R.Parts.First(p => p.Citations.Count > 1);
            return (WithPart(part, p => p with { Citations = Set(p.Citations, 1, c => c with { Id = p.Citations[0].Id }) }),
                new($"{PointerOf(part)}/citations/1/id", "unique-ids", $"an id used once (also at {PointerOf(part)}/citations/0/id)", $"'{part.Citations[0].Id}' again"), null);
        },
        ["citation antecedent"] = () =>
        {
            var part = R.Parts.First(p => p.Citations.Any(c => c.AntecedentId is not null));
            var i = part.Citations.ToList().FindIndex(c => c.AntecedentId is not null);
            return (WithPart(part, p => p with { Citations = Set(p.Citations, i, c => c with { AntecedentId = "cit_none" }) }),
                new($"{PointerOf(part)}/citations/{i}/antecedentId", "reference-resolves", "an earlier citation's id", "cit_none"), null);
        },
        ["actor mention"] = () =>
        {
            var part = R.Parts.First(p => p.ActorMentions.Count > 0);
            return (WithPart(part, p => p with { ActorMentions = Set(p.ActorMentions, 0, m => m with { ActorId = "nobody" }) }),
                new($"{PointerOf(part)}/actorMentions/0/actorId", "reference-resolves", "an actor of this resolution", "'nobody'"), null);
        },
        ["actor mention outside its part"] = () =>
        {
            var part = R.Parts.First(p => p.ActorMentions.Count > 0);
            var moved = part.ActorMentions[0].Span with { Start = part.Span.Start - 1 };
            return (WithPart(part, p => p with { ActorMentions = Set(p.ActorMentions, 0, m => m with { Span = moved }) }),
                new($"{PointerOf(part)}/actorMentions/0/span", "span-inside-part", $"a span inside {part.Span}", moved.ToString()), null);
        },
        ["marker offset"] = () =>
        {
            var part = R.Parts.First(p => p.FootnoteMarkers.Count > 0);
            return (WithPart(part, p => p with { FootnoteMarkers = Set(p.FootnoteMarkers, 0, m => m with { TextOffset = part.Text.Length + 1 }) }),
                new($"{PointerOf(part)}/footnoteMarkers/0/textOffset", "marker-in-text", $"0 to {part.Text.Length}", (part.Text.Length + 1).ToString(CultureInfo.InvariantCulture)), null);
        },
        ["marker outside its part"] = () =>
        {
            var part = R.Parts.First(p => p.FootnoteMarkers.Count > 0);
            var moved = part.FootnoteMarkers[0].Span with { Start = part.Span.End };
            return (WithPart(part, p => p with { FootnoteMarkers = Set(p.FootnoteMarkers, 0, m => m with { Span = moved }) }),
                new($"{PointerOf(part)}/footnoteMarkers/0/span", "span-inside-part", $"a span inside {part.Span}", moved.ToString()), null);
        },
        ["marker id twice"] = () =>
        {
            var parts = R.Parts.Where(p => p.FootnoteMarkers.Count > 0).Take(2).ToList();
            return (WithPart(parts[1], p => p with { FootnoteMarkers = Set(p.FootnoteMarkers, 0, m => m with { EId = parts[0].FootnoteMarkers[0].EId }) }),
                new($"{PointerOf(parts[1])}/footnoteMarkers/0/eId", "unique-ids", "an id used once", $"'{parts[0].FootnoteMarkers[0].EId}' again"), null);
        },
        ["footnote order"] = () => (R with { Footnotes = Set(R.Footnotes, 1, f => f with { Number = R.Footnotes[0].Number }) },
            new("/footnotes/1/number", "footnotes-in-order", $"a number above {R.Footnotes[0].Number}", R.Footnotes[0].Number.ToString(CultureInfo.InvariantCulture)), null),
        ["footnote unmarked"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { MarkerIds = [], PartIds = [] }) },
            new("/footnotes/0/markerIds", "footnote-marked", "at least one marker", "none"), null),
        ["footnote part count"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { PartIds = [] }) },
            new("/footnotes/0/partIds", "footnote-parts", $"{R.Footnotes[0].MarkerIds.Count} part ids", "0"), null),
        ["footnote part"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { PartIds = Set(f.PartIds, 0, _ => "OP99") }) },
            new("/footnotes/0/partIds/0", "reference-resolves", R.Footnotes[0].PartIds[0], "OP99"), null),
        ["footnote marker not listed"] = () =>
        {
            var marker = R.Footnotes[0].MarkerIds[0];
            return (R with { Footnotes = Set(R.Footnotes, 0, f => f with { MarkerIds = Set(f.MarkerIds, 0, _ => "authorialNote_x"), PartIds = f.PartIds }) },
                new("/footnotes", "reference-resolves", $"footnote {R.Footnotes[0].Number} listing marker {marker}", "none"), null);
        },
        ["footnote subject instrument"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { Subject = f.Subject with { Kind = FootnoteSubjectKind.Instrument, RefersTo = "nothing" } }) },
            new("/footnotes/0/subject/refersTo", "reference-resolves", "an instrument of this resolution", "nothing"), null),
        ["footnote subject actor"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { Subject = f.Subject with { Kind = FootnoteSubjectKind.Actor, RefersTo = null } }) },
            new("/footnotes/0/subject/refersTo", "reference-resolves", "an actor of this resolution", "null"), null),
        ["footnote subject text"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { Subject = f.Subject with { Kind = FootnoteSubjectKind.Text, RefersTo = "unodc" } }) },
            new("/footnotes/0/subject/refersTo", "reference-resolves", "an text of this resolution", "unodc"), null),
        ["operative addressee"] = () => (WithPart(R.OperativeParagraphs[0], p => ((OperativeParagraph)p) with { Addressees = Set(((OperativeParagraph)p).Addressees, 0, a => a with { ActorId = "nobody" }) }),
            new("/operativeParagraphs/0/addressees/0/actorId", "reference-resolves", "an actor of this resolution", "'nobody'"), null),
        ["item ask addressee"] = () =>
        {
            var item = R.Parts.OfType<SubParagraph>().First(s => s.Asks.Any(a => a.Addressees.Count > 0));
            var k = item.Asks.ToList().FindIndex(a => a.Addressees.Count > 0);
            return (WithPart(item, p => ((SubParagraph)p) with { Asks = Set(item.Asks, k, a => a with { Addressees = Set(a.Addressees, 0, d => d with { ActorId = "nobody" }) }) }),
                new($"{PointerOf(item)}/asks/{k}/addressees/0/actorId", "reference-resolves", "an actor of this resolution", "'nobody'"), null);
        },
        // OP6 (c) relabelled: its predecessor (b) and its position both call for (c).
        ["item label"] = () => (WithPart(R.FindPart("OP6(c)")!, p => ((SubParagraph)p) with { Label = "x" }),
            new("/operativeParagraphs/5/subParagraphs/2/label", "labels-in-sequence", "(c)", "(x)"), null),
        // OP3 (b) (ii) relabelled: the roman sequence calls for (ii), not the letter after (i).
        ["roman item label"] = () => (WithPart(R.FindPart("OP3(b)(ii)")!, p => ((SubParagraph)p) with { Label = "v" }),
            new("/operativeParagraphs/2/subParagraphs/1/subParagraphs/1/label", "labels-in-sequence", "(ii)", "(v)"), null),
        // 2006/27 has no preambular items: PP1 is given OP2 (a), whose id names the wrong parent.
        ["preambular item"] = () => (WithPart(R.Preamble.Paragraphs[0], p => ((PreambularParagraph)p) with { SubParagraphs = [(SubParagraph)R.FindPart("OP2(a)")!] }),
            new("/preamble/paragraphs/0/subParagraphs/0/id", "id-format", PartId.Preambular(1).Item("a").EId, R.FindPart("OP2(a)")!.Id.EId), null),
        ["citation instrument"] = () =>
        {
            var part = R.Parts.First(p => p.Citations.Count > 0);
            return (WithPart(part, p => p with { Citations = Set(p.Citations, 0, c => c with { InstrumentId = "nothing" }) }),
                new($"{PointerOf(part)}/citations/0/instrumentId", "reference-resolves", "an instrument of this resolution", "'nothing'"), null);
        },
        ["offset outside the text"] = () =>
        {
            var op1 = R.OperativeParagraphs[0];
            return (WithPart(op1, p => op1 with { Addressees = Set(op1.Addressees, 0, a => a with { TextOffset = 10_000 }) }),
                new("/operativeParagraphs/0/addressees/0/textOffset", "offset-agrees", $"the offset of \"{op1.Addressees[0].Text}\" in the part's text", $"10000, outside a text of {op1.Text.Length} characters"), null);
        },
        ["footnote lists another footnote's marker"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { MarkerIds = Set(f.MarkerIds, 0, _ => R.Footnotes[1].MarkerIds[0]) }) },
            new("/footnotes/0/markerIds/0", "reference-resolves", $"a marker numbered {R.Footnotes[0].Number}", R.Footnotes[1].MarkerIds[0]), null),
        ["footnote subject unknown actor"] = () => (R with { Footnotes = Set(R.Footnotes, 0, f => f with { Subject = f.Subject with { Kind = FootnoteSubjectKind.Actor, RefersTo = "nobody" } }) },
            new("/footnotes/0/subject/refersTo", "reference-resolves", "an actor of this resolution", "nobody"), null),
        // 2006/27 has no annex: one is given here, its heading and block outside the source.
        ["annex heading span"] = () => OutsideSource(R with { Annexes = [new(new("Annex", new(0, 5, 0, 1)), [])] }, "/annexes/0/heading/span", new(0, 5, 0, 1)),
        ["annex block span"] = () => OutsideSource(R with { Annexes = [new(new("Annex", new(0, 5, 1, 1)), [new(AnnexBlockKind.Title, null, "x", new(-1, 1, 1, 1))])] }, "/annexes/0/blocks/0/span", new(-1, 1, 1, 1)),
    };

    private (Resolution, ModelProblem, string?) OutsideSource(Resolution broken, string pointer, Model.Text.SourceSpan span) =>
        (broken, new(pointer, "span-inside-source", $"a span inside the {R.Source.Length} characters of the source", span.ToString()), null);

    private static ValueList<T> Set<T>(ValueList<T> list, int index, Func<T, T> change) =>
        list.Select((item, i) => i == index ? change(item) : item).ToValueList();

    /// <summary>The embedded resolution with one part (found by id, at any depth) replaced.</summary>
    private Resolution WithPart(Part target, Func<Part, Part> change)
    {
        ValueList<SubParagraph> Items(ValueList<SubParagraph> items) =>
            items.Select(s => s.Id == target.Id ? (SubParagraph)change(s) : s with { SubParagraphs = Items(s.SubParagraphs) }).ToValueList();
        return R with
        {
            Preamble = R.Preamble with { Paragraphs = R.Preamble.Paragraphs.Select(p => p.Id == target.Id ? (PreambularParagraph)change(p) : p with { SubParagraphs = Items(p.SubParagraphs) }).ToValueList() },
            OperativeParagraphs = R.OperativeParagraphs.Select(p => p.Id == target.Id ? (OperativeParagraph)change(p) : p with { SubParagraphs = Items(p.SubParagraphs) }).ToValueList(),
        };
    }

    /// <summary>The JSON Pointer of a part of the embedded resolution.</summary>
    private string PointerOf(Part part)
    {
        string? Find(IReadOnlyList<SubParagraph> items, string at)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i].Id == part.Id)
                {
                    return $"{at}/{i}";
                }
                if (Find(items[i].SubParagraphs, $"{at}/{i}/subParagraphs") is { } inner)
                {
                    return inner;
                }
            }
            return null;
        }
        for (var i = 0; i < R.Preamble.Paragraphs.Count; i++)
        {
            var p = R.Preamble.Paragraphs[i];
            var found = p.Id == part.Id ? $"/preamble/paragraphs/{i}" : Find(p.SubParagraphs, $"/preamble/paragraphs/{i}/subParagraphs");
            if (found is not null)
            {
                return found;
            }
        }
        for (var i = 0; i < R.OperativeParagraphs.Count; i++)
        {
            var p = R.OperativeParagraphs[i];
            var found = p.Id == part.Id ? $"/operativeParagraphs/{i}" : Find(p.SubParagraphs, $"/operativeParagraphs/{i}/subParagraphs");
            if (found is not null)
            {
                return found;
            }
        }
        throw new ArgumentException($"{part.Id} is no part of the embedded resolution.", nameof(part));
    }
}
