using System.CommandLine;
using System.Text;
using System.Text.Json;
using Resolution2006_27.Model;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Queries;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Cli;

/// <summary>`show ID`: one paragraph with its items, phrase, addressees, citations and footnotes.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The part, in either id form: OP3, \"OP3(b)(ii)\", PP5, para_3__list_1__point_b." };
        var format = new Option<string>("--format", "-f") { Description = "text, or json (the part as the model's JSON).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var common = new CommonOptions();
        var command = new Command("show", "Show one paragraph or item, with its items and footnotes.") { id, format, common.Input, common.Registry, common.Strict, common.MaxChars };
        command.SetAction(parse =>
        {
            var resolution = common.Load(parse);
            var name = parse.GetValue(id)!;
            var part = resolution.FindPart(name)
                ?? throw new UsageException($"{resolution.Symbol} has no part '{name}': its parts are PP1 to PP{resolution.Preamble.Paragraphs.Count} and OP1 to OP{resolution.OperativeParagraphs.Count}, with items such as OP3(b)(ii).");
            Console.Out.Write(parse.GetValue(format) == "json"
                ? JsonSerializer.Serialize(part, ModelJson.IndentedOptions.GetTypeInfo(part.GetType())) + "\n"
                : Text(resolution, part));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Text(Resolution resolution, Part part)
    {
        var text = new StringBuilder();
        text.Append($"{part.Id.Short}  {UnCitation.Of(part.Id)}  ({part.Id.EId}, line {part.Span.Line})\n\n");
        Print(part, 0);
        var all = Flatten(part).ToList();
        if (part is OperativeParagraph op)
        {
            text.Append(op.Phrase is { } phrase
                ? $"\nPhrase: {phrase.Text} (lemma {phrase.Lemma}, {Name(phrase.Class)}, strength {Name(phrase.Strength)})\n"
                : "\nPhrase: none (the paragraph opens with no operative phrase)\n");
        }
        else if (part is PreambularParagraph pp)
        {
            text.Append($"\nPhrases: {string.Join("; ", pp.Phrases.Select(p => $"{p.Text} (lemma {p.Lemma}, {Name(p.Class)})"))}\n");
        }
        foreach (var ask in all.SelectMany(AsksOf))
        {
            text.Append($"Ask: {ask.Part} {ask.Ask.Phrase.Text} {string.Join(", ", ask.Ask.Addressees.Select(a => $"{a.Text} ({a.ActorId ?? "not in the registry"}, {Name(a.Scope)})"))}\n");
        }
        var citations = all.SelectMany(p => p.Citations.Select(c => (p.Id.Short, c))).ToList();
        if (citations.Count > 0)
        {
            text.Append("\nCitations:\n");
            foreach (var (where, c) in citations)
            {
                text.Append($"  {where}: {c.InstrumentId}{(c.Pinpoint is null ? "" : $", {c.Pinpoint.Text}")}: \"{c.Text}\"\n");
            }
        }
        var markers = all.SelectMany(p => p.FootnoteMarkers.Select(m => (p.Id.Short, m))).ToList();
        if (markers.Count > 0)
        {
            text.Append("\nFootnotes:\n");
            foreach (var (where, marker) in markers)
            {
                var note = resolution.Footnotes.First(f => f.Number == marker.Number);
                text.Append($"  {marker.Number} in {where}: annotates \"{note.Subject.Text}\" ({note.Subject.RefersTo ?? "text"}).\n");
                text.Append(note.Body is { } body
                    ? $"     Probable body, not the adopted text ({Name(body.Confidence)} confidence, {(body.Provenance.Verified ? "verified" : "unverified")}; {body.Provenance.Source}): {body.Text}\n"
                    : "     No body known: the adopted text as given has none.\n");
            }
        }
        return text.ToString();

        void Print(Part p, int depth)
        {
            var label = p switch { OperativeParagraph o => $"{o.Number}. ", SubParagraph s => $"({s.Label}) ", _ => "" };
            text.Append(new string(' ', depth * 4)).Append(label).Append(WithMarkers(p)).Append(depth == 0 ? "" : $"   [{p.Id.Short}]").Append('\n');
            foreach (var item in Items(p))
            {
                Print(item, depth + 1);
            }
        }
    }

    // Markers shown where they stand in the printed text: "Crime[6]".
    private static string WithMarkers(Part part)
    {
        var text = part.Text;
        foreach (var marker in part.FootnoteMarkers.OrderByDescending(m => m.TextOffset))
        {
            text = text.Insert(Math.Min(marker.TextOffset, text.Length), $"[{marker.Number}]");
        }
        return text;
    }

    private static IEnumerable<(string Part, Model.Phrases.Ask Ask)> AsksOf(Part part) => part switch
    {
        OperativeParagraph p => p.Asks.Select(a => (p.Id.Short, a)),
        SubParagraph s => s.Asks.Select(a => (s.Id.Short, a)),
        _ => [],
    };

    private static IEnumerable<SubParagraph> Items(Part part) => part switch
    {
        OperativeParagraph p => p.SubParagraphs,
        PreambularParagraph p => p.SubParagraphs,
        SubParagraph s => s.SubParagraphs,
        _ => [],
    };

    private static IEnumerable<Part> Flatten(Part part) => Items(part).SelectMany(Flatten).Prepend(part);

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => Rows.Json(value);
}
