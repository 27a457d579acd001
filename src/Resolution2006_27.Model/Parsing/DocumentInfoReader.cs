using System.Text.RegularExpressions;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Parsing;

/// <summary>Reads <see cref="DocumentInfo"/> off the lines of a heading (masthead lines, the symbol line set aside as furniture) and its origin line.</summary>
internal static class DocumentInfoReader
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly TieredRegex Symbol = new("^" + Layout.SymbolLine + "$", Options);
    private static readonly TieredRegex Distribution = new(@"^Distr\.", Options);
    private static readonly TieredRegex Session = new(@"(?i:session)(?:\s*\(.*\))?$", Options);
    private static readonly TieredRegex IssueDate = new(@"^\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\.?$", Options);
    private static readonly TieredRegex OriginLine = new(
        @"^\[\s*(?:on the (?:report|recommendation|reports) of (?:the )?(?<body>.+?)|without reference to a Main Committee)\s*(?:\((?<report>[^()]+)\))?\s*[\]}]$",
        Options | RegexOptions.Singleline);

    /// <summary>"Distr." and "GENERAL" printed as two lines of the masthead are one distribution.</summary>
    private static List<SpannedText> JoinDistribution(List<SpannedText> lines)
    {
        var i = lines.FindIndex(l => l.Text.Trim() is "Distr." or "Distr");
        if (i >= 0 && i + 1 < lines.Count && lines[i + 1].Text.Trim() is "GENERAL" or "General" or "LIMITED" or "Limited" or "RESTRICTED")
        {
            var span = lines[i].Span with { Length = lines[i + 1].Span.End - lines[i].Span.Start };
            lines[i] = new SpannedText($"{lines[i].Text.Trim()} {lines[i + 1].Text.Trim()}", span);
            lines.RemoveAt(i + 1);
        }
        return lines;
    }

    public static DocumentInfo? Read(IReadOnlyList<SpannedText> printed, SpannedText? origin)
    {
        var lines = JoinDistribution([.. printed.OrderBy(l => l.Span.Start)]);
        SpannedText? symbol = null, distribution = null, issue = null, session = null;
        var agenda = new List<SpannedText>();
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (symbol is null && Symbol.IsMatch(text))
            {
                symbol = line;
            }
            else if (distribution is null && Distribution.IsMatch(text))
            {
                distribution = line;
            }
            else if (Layout.AgendaLine.IsMatch(text))
            {
                agenda.Add(line);
            }
            else if (session is null && Session.IsMatch(text) && text.Length < 80)
            {
                session = line;
            }
            else if (issue is null && IssueDate.IsMatch(text))
            {
                issue = line;
            }
        }
        string? body = null, report = null;
        if (origin is not null && OriginLine.Match(Regex.Replace(origin.Text, @"\s+", " ")) is { Success: true } o)
        {
            body = o.Groups["body"].Success ? o.Groups["body"].Value.Trim() : null;
            report = o.Groups["report"].Success ? o.Groups["report"].Value.Trim() : null;
        }
        return symbol is null && distribution is null && issue is null && session is null && agenda.Count == 0 && body is null && report is null
            ? null
            : new DocumentInfo(symbol, distribution, issue, session, [.. agenda], body, report);
    }
}
