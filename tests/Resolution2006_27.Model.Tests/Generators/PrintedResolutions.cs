using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Resolution2006_27.Model.Tests.Generators;

/// <summary>
/// Random well-formed resolutions, and their printed text with the noise printed pages have: hard wraps
/// at random widths, indents, page breaks that drop the blank line between paragraphs, page furniture
/// and form feeds, words hyphenated across lines, footnote markers glued to words, no-break spaces.
/// Words come from a vocabulary that names no actor and no verb of the lexicon, so what the parser finds
/// is what was generated.
/// </summary>
public static class PrintedResolutions
{
    private static readonly string[] Filler =
    [
        "importance", "cooperation", "measures", "effective", "national", "regional", "programmes", "efforts", "the",
        "of", "in", "particular", "victims", "for", "with", "a", "view", "to", "strengthening", "capacity", "long-term",
        "multi-year", "prevention", "protection", "prosecution", "assistance", "data", "research", "training", "public",
        "awareness", "legislation", "justice", "criminal", "exploitation", "its", "their", "full", "timely", "implementation",
    ];

    private static readonly (string Text, string Lemma)[] PreambularPhrases =
    [
        ("Recalling", "recall"), ("Recalling also", "recall"), ("Noting", "note"), ("Welcoming", "welcome"), ("Taking note of", "take note of"),
        ("Deeply concerned", "be concerned"), ("Bearing in mind", "bear in mind"), ("Reaffirming", "reaffirm"), ("Recognizing", "recognize"),
        ("Stressing", "stress"), ("Convinced", "be convinced"), ("Emphasizing", "emphasize"),
    ];

    private static readonly (string Text, string Lemma, bool Directive)[] OperativePhrases =
    [
        ("Urges", "urge", true), ("Invites", "invite", true), ("Also invites", "invite", true), ("Requests", "request", true),
        ("Encourages", "encourage", true), ("Calls upon", "call upon", true), ("Further encourages", "encourage", true),
        ("Decides", "decide", false), ("Welcomes", "welcome", false), ("Takes note of", "take note of", false), ("Reaffirms", "reaffirm", false),
    ];

    private static readonly (string Text, string Id)[] Addressees =
    [
        ("Member States", "member-states"), ("all Member States", "member-states"), ("the United Nations Office on Drugs and Crime", "unodc"),
        ("the Secretary-General", "secretary-general"), ("the Commission on Crime Prevention and Criminal Justice", "ccpcj"),
    ];

    private static readonly string[] Furniture = ["A/RES/70/179", "E/RES/2015/23", "15-22345 (E)", "2/6", "Page 3"];

    public static Arbitrary<(GeneratedResolution Resolution, string Text)> Arbitrary() =>
        (from resolution in Resolution()
         from seed in Gen.Choose(0, int.MaxValue)
         select (resolution, Print(resolution, new Random(seed)))).ToArbitrary();

    private static Gen<GeneratedResolution> Resolution() =>
        from assembly in ArbMap.Default.GeneratorFor<bool>()
        from year in Gen.Choose(1990, 2030)
        from n in Gen.Choose(1, 300)
        from day in Gen.Choose(1, 28)
        from month in Gen.Choose(1, 12)
        from title in Words(3, 10)
        from preamble in Gen.Choose(1, 6).SelectMany(k => Gen.ListOf(Paragraph(operative: false), k))
        from operative in Gen.Choose(1, 8).SelectMany(k => Gen.ListOf(Paragraph(operative: true), k))
        from meeting in Gen.Choose(1, 120)
        select Punctuate(Number(new GeneratedResolution(
            assembly ? "General Assembly" : "Economic and Social Council", assembly ? "general-assembly" : "ecosoc",
            assembly ? $"{year - 1945}/{n}" : $"{year}/{n}", new DateOnly(year, month, day), assembly,
            Capitalize(string.Join(" ", title)), [.. preamble], [.. operative], meeting)));

    private static Gen<GeneratedParagraph> Paragraph(bool operative) =>
        from p in Gen.Choose(0, operative ? OperativePhrases.Length - 1 : PreambularPhrases.Length - 1)
        from addressee in Gen.Choose(0, Addressees.Length - 1)
        from words in Words(2, 14)
        from itemCount in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 4)))
        from items in Gen.ListOf(Item(allowRoman: true), itemCount)
        select operative
            ? new GeneratedParagraph(OperativePhrases[p].Text, OperativePhrases[p].Lemma, OperativePhrases[p].Directive ? Addressees[addressee].Id : null,
                Words((OperativePhrases[p].Directive ? [.. Addressees[addressee].Text.Split(' '), "to"] : Array.Empty<string>()).Concat(words)), [.. items])
            : new GeneratedParagraph(PreambularPhrases[p].Text, PreambularPhrases[p].Lemma, null, Words(words), [.. items]);

    private static Gen<GeneratedParagraph> Item(bool allowRoman) =>
        from words in Words(2, 10)
        from romans in allowRoman ? Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3))) : Gen.Constant(0)
        from inner in Gen.ListOf(Item(allowRoman: false), romans)
        select new GeneratedParagraph(null, null, null, Words(words.Prepend("To")), [.. inner]);

    private static Gen<string[]> Words(int least, int most) =>
        Gen.Choose(least, most).SelectMany(k => Gen.ArrayOf(Gen.Elements(Filler), k));

    private static List<GeneratedWord> Words(IEnumerable<string> words) => [.. words.Select(w => new GeneratedWord(w, 0))];

    /// <summary>
    /// Closes every text as printed resolutions do: a preambular paragraph with a comma, an operative one
    /// with a semicolon and the last with a full stop; a text that items follow with a colon; items with a
    /// semicolon (a comma in the preamble).
    /// </summary>
    private static GeneratedResolution Punctuate(GeneratedResolution r)
    {
        GeneratedParagraph Close(GeneratedParagraph p, string ending, string itemEnding) => p with
        {
            Ending = p.Items.Count > 0 ? ":" : ending,
            Items = [.. p.Items.Select((item, i) => Close(item, i == p.Items.Count - 1 ? ending : itemEnding, itemEnding))],
        };
        return r with
        {
            Preamble = [.. r.Preamble.Select(p => Close(p, ",", ","))],
            Operative = [.. r.Operative.Select((p, i) => Close(p, i == r.Operative.Count - 1 ? "." : ";", ";"))],
        };
    }

    /// <summary>Glues footnote markers to some words, numbered in document order as printed resolutions number them.</summary>
    private static GeneratedResolution Number(GeneratedResolution r)
    {
        var next = 1;
        GeneratedParagraph Mark(GeneratedParagraph p) => p with
        {
            Words = [.. p.Words.Select((w, i) => i > 0 && i % 7 == 3 && w.Text.Length > 3 && char.IsLetter(w.Text[^1]) ? w with { Marker = next++ } : w)],
            Items = [.. p.Items.Select(Mark)],
        };
        return r with { Preamble = [.. r.Preamble.Select(Mark)], Operative = [.. r.Operative.Select(Mark)] };
    }

    /// <summary>Prints a resolution as a printed page does, with noise drawn from <paramref name="random"/>.</summary>
    public static string Print(GeneratedResolution r, Random random)
    {
        var lines = new List<string>();
        var date = r.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        if (r.AssemblyStyle)
        {
            lines.AddRange([$"Resolution adopted by the {r.Organ} on {NoBreak(date, random)}", "", "[on the report of the Third Committee (A/70/490)]", "", $"{r.Number}.\t{r.Title}", ""]);
        }
        else
        {
            lines.AddRange(["", $"ECOSOC Resolution {r.Number}", "", .. Wrap(r.Title, random, indent: ""), ""]);
        }
        lines.AddRange([$" The {r.Organ},", ""]);
        foreach (var paragraph in r.Preamble)
        {
            Paragraph(lines, paragraph, "", random);
        }
        for (var i = 0; i < r.Operative.Count; i++)
        {
            Paragraph(lines, r.Operative[i], $"{i + 1}. ", random);
        }
        lines.AddRange([$"{Ordinal(r.Meeting)} plenary meeting", date, ""]);
        return string.Join("\n", lines);
    }

    private static void Paragraph(List<string> lines, GeneratedParagraph p, string label, Random random)
    {
        Block(lines, label + Printed(p), random);
        for (var i = 0; i < p.Items.Count; i++)
        {
            var letter = ((char)('a' + i)).ToString();
            Block(lines, $"({letter}) {Printed(p.Items[i])}", random);
            for (var j = 0; j < p.Items[i].Items.Count; j++)
            {
                Block(lines, $"({new[] { "i", "ii", "iii" }[j]}) {Printed(p.Items[i].Items[j])}", random);
            }
        }
    }

    private static string Printed(GeneratedParagraph p)
    {
        var text = new StringBuilder(p.Phrase);
        foreach (var word in p.Words)
        {
            text.Append(text.Length > 0 ? " " : "").Append(word.Text);
            if (word.Marker > 0)
            {
                text.Append(word.Marker.ToString(CultureInfo.InvariantCulture));
            }
        }
        return text.Append(p.Ending).ToString();
    }

    /// <summary>
    /// One block: an indented first line, wrapped continuation lines; before it a blank line, or (a page
    /// break) none; now and then page furniture between two of its lines, before a line in lower case.
    /// </summary>
    private static void Block(List<string> lines, string text, Random random)
    {
        var wrapped = Wrap(text, random, indent: random.Next(2) == 0 ? " " : "  ");
        if (random.Next(6) == 0 && lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1); // A page break ran this paragraph into the one above.
        }
        for (var i = 0; i < wrapped.Count; i++)
        {
            if (i > 0 && random.Next(12) == 0 && char.IsLower(wrapped[i][0]))
            {
                lines.AddRange(["\f" + Furniture[random.Next(Furniture.Length)], ""]);
            }
            lines.Add(wrapped[i]);
        }
        lines.Add("");
    }

    /// <summary>
    /// Hard wraps at a random width: the first line indented, the rest flush left, a trailing blank now
    /// and then; a hyphenated word may break after its hyphen.
    /// </summary>
    private static List<string> Wrap(string text, Random random, string indent)
    {
        var width = random.Next(25, 80);
        var lines = new List<string>();
        var current = indent;
        var empty = true;
        foreach (var word in text.Split(' '))
        {
            var candidate = empty ? current + word : current + " " + word;
            if (!empty && candidate.Length > width)
            {
                var hyphen = word.IndexOf('-', StringComparison.Ordinal);
                if (hyphen > 0 && random.Next(2) == 0)
                {
                    lines.Add(current + " " + word[..(hyphen + 1)]);
                    current = word[(hyphen + 1)..];
                }
                else
                {
                    lines.Add(current + (random.Next(3) == 0 ? " " : ""));
                    current = word;
                }
                continue;
            }
            current = candidate;
            empty = false;
        }
        lines.Add(current);
        return lines;
    }

    private static string NoBreak(string date, Random random) => random.Next(2) == 0 ? date.Replace(' ', '\u00A0') : date;

    private static string Ordinal(int n) => n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
