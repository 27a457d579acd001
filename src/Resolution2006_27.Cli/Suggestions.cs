using System.CommandLine;

namespace Resolution2006_27.Cli;

/// <summary>
/// Parse errors said as a person would want them: a mistyped command or option gets "did you mean", and the
/// errors that only follow from it ("Required command was not provided") are left out; every message in one
/// style, lower case after "error:".
/// </summary>
internal static class Suggestions
{
    public static IEnumerable<string> Explain(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var options = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        // A mistyped option is the error to tell: what follows from it (its value taken for an argument, an
        // argument then missing or left over) only confuses, so it alone is told.
        var unknownOptions = parse.Tokens.Select(t => t.Value)
            .Where(v => (v.StartsWith("--", StringComparison.Ordinal) || (v.Length == 2 && v[0] == '-' && char.IsLetter(v[1]))) && !options.Contains(v.Split('=')[0]))
            .ToList();
        if (unknownOptions.Count > 0)
        {
            return unknownOptions.Select(o => Unknown(o, "an option", command, options));
        }
        var unmatched = parse.UnmatchedTokens;
        var unknownCommand = unmatched.FirstOrDefault(t => command.Subcommands.Count > 0 && !t.StartsWith('-'));
        if (unknownCommand is not null)
        {
            return [Unknown(unknownCommand, "a command", command, command.Subcommands.Select(c => c.Name))];
        }
        return parse.Errors.Select(e => InUsersWords(e.Message));
    }

    private static string Unknown(string token, string what, Command command, IEnumerable<string> candidates) =>
        Closest(token.Split('=')[0], candidates) is { } closest
            ? $"'{token}' is not {what} of '{command.Name}'; did you mean '{closest}'?"
            : $"'{token}' is not {what} of '{command.Name}'";

    /// <summary>A message in the tool's one style: lower case after "error:" unless it opens with a name or an acronym.</summary>
    public static string InUsersWords(string message) =>
        message.Length > 1 && char.IsUpper(message[0]) && char.IsLower(message[1]) ? char.ToLowerInvariant(message[0]) + message[1..] : message;

    /// <summary>The candidate nearest <paramref name="typed"/> by edit distance, if near enough to be a typo.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Distinct())
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }
        // A one-letter option ("-x") is one edit from every other: no guess for so short a token.
        return best is not null && typed.TrimStart('-').Length > 1 && bestDistance <= Math.Max(1, Math.Min(3, best.Length / 3)) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        // Levenshtein, with a swap of two neighbours counted as one edit ("aksk", "akss").
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
