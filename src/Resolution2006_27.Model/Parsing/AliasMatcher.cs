namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Finds the longest non-overlapping occurrences of a set of aliases on word boundaries. Matching is
/// exact but for the first character's case ("The Office" and "the Office"), as printed text is.
/// </summary>
internal sealed class AliasMatcher
{
    private readonly (string Alias, string Id)[] aliases;

    // Every alias but its first character, which is matched apart from the rest: cut once here, not at each search.
    private readonly string[] rests;

    public AliasMatcher(IEnumerable<(string Alias, string Id)> aliases)
    {
        this.aliases = [.. aliases.Where(a => a.Alias.Length > 1).OrderByDescending(a => a.Alias.Length)];
        rests = [.. this.aliases.Select(a => a.Alias[1..])];
    }

    public bool Knows(string alias, out string id)
    {
        foreach (var (candidate, candidateId) in aliases)
        {
            if (SameText(candidate, alias))
            {
                id = candidateId;
                return true;
            }
        }
        id = "";
        return false;
    }

    /// <summary>All occurrences, longest first, then kept where they overlap no longer one (and no one in <paramref name="taken"/>).</summary>
    public List<MentionMatch> FindAll(string text, bool shortForms, IReadOnlyList<MentionMatch>? taken = null)
    {
        // Longest aliases claim their characters first; a shorter one is kept only on free characters.
        var covered = new bool[text.Length];
        foreach (var match in taken ?? [])
        {
            Array.Fill(covered, true, match.Start, match.End - match.Start);
        }
        var found = new List<MentionMatch>();
        for (var a = 0; a < aliases.Length; a++)
        {
            var (alias, id) = aliases[a];
            for (var at = IndexOf(text, alias, rests[a], 0); at >= 0; at = IndexOf(text, alias, rests[a], at + 1))
            {
                if (Array.IndexOf(covered, true, at, alias.Length) < 0)
                {
                    Array.Fill(covered, true, at, alias.Length);
                    found.Add(new MentionMatch(at, at + alias.Length, id, shortForms));
                }
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static int IndexOf(string text, string alias, string rest, int from)
    {
        // Search for all but the first character exactly, then check the first one case-insensitively.
        for (var search = from + 1; search <= text.Length; )
        {
            var index = text.IndexOf(rest, search, StringComparison.Ordinal);
            if (index < 0)
            {
                return -1;
            }
            var at = index - 1;
            if (char.ToLowerInvariant(text[at]) == char.ToLowerInvariant(alias[0]) &&
                (at == 0 || !IsWordChar(text[at - 1])) &&
                (at + alias.Length == text.Length || !IsWordChar(text[at + alias.Length])))
            {
                return at;
            }
            search = index + 1;
        }
        return -1;
    }

    private static bool SameText(string a, string b) =>
        a.Length == b.Length && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]) && string.CompareOrdinal(a, 1, b, 1, a.Length - 1) == 0;

    // A hyphen joins words: "governmental organizations" is no match inside "non-governmental organizations".
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';
}
