using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Parsing;

/// <summary>
/// Finds the longest non-overlapping occurrences of a set of aliases on word boundaries. Matching is
/// exact but for the first character's case ("The Office" and "the Office"), as printed text is; a
/// proper name (a State's) matches only as printed, so that "Chad" or "Turkey" is no "chad" or "turkey".
/// </summary>
internal sealed class AliasMatcher
{
    private readonly (string Alias, string Id)[] aliases;

    // For each alias, whether its first letter must match as printed.
    private readonly bool[] asPrinted;

    // For each alias, its length and last character.
    private readonly (int Length, char Last)[] ends;

    // The aliases by their first word (its first letter in lower case): the text is read once, word by word, instead of
    // once per alias (see FirstWordTable), and at each word only the aliases it opens are read (see AliasOpening).
    private readonly Dictionary<string, AliasOpening> byFirstWord;

    /// <summary>The aliases by their first word (its first letter in lower case).</summary>
    public IReadOnlyDictionary<string, AliasOpening> FirstWords => byFirstWord;

    /// <param name="aliases">The aliases and the id each stands for.</param>
    /// <param name="properNames">The ids whose aliases are proper names, matched only as printed; null for none.</param>
    public AliasMatcher(IEnumerable<Entry> aliases, IReadOnlySet<string>? properNames = null)
    {
        // The entries come as records, sorted and filtered as such, and are kept as tuples: query operators over a value
        // tuple are generic code the JIT compiles afresh in every framework-dependent start-up (some sixty methods), where
        // over records they share the framework's precompiled code; the matching loops read the tuples without a hop.
        var kept = aliases.Where(a => a.Alias.Length > 1).OrderByDescending(a => a.Alias.Length).ToArray();
        this.aliases = new (string Alias, string Id)[kept.Length];
        asPrinted = new bool[kept.Length];
        ends = new (int, char)[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            this.aliases[i] = (kept[i].Alias, kept[i].Id);
            ends[i] = (kept[i].Alias.Length, kept[i].Alias[^1]);
            asPrinted[i] = properNames?.Contains(kept[i].Id) == true && char.IsUpper(kept[i].Alias[0]);
        }
        // Built once per registry, in every process that parses.
        byFirstWord = [];
        foreach (var (key, opened) in IndexesByKey.Of(this.aliases.Length, i => FirstWordKey(this.aliases[i].Alias)))
        {
            byFirstWord[key] = new AliasOpening(opened, a => this.aliases[a].Alias, key.Length);
        }
    }

    /// <summary>
    /// Whether <paramref name="alias"/> is an alias of the set, exactly but for its first character's case, and the id of
    /// the first (longest first, then as given) that it is.
    /// </summary>
    public bool Knows(string alias, out string id)
    {
        // A table made on first use: the matcher of a registry's actors is asked at every coordinated modifier of a
        // corpus ("intergovernmental and ..."), and a search of its aliases (975 for the embedded registry) cost more
        // than the table.
        var table = byAlias ??= ByAlias();
        if (table.TryGetValue(alias, out var found))
        {
            id = found;
            return true;
        }
        id = "";
        return false;
    }

    private Dictionary<string, string>? byAlias;

    private Dictionary<string, string> ByAlias()
    {
        var table = new Dictionary<string, string>(aliases.Length, SameTextComparer.Instance);
        foreach (var (alias, id) in aliases)
        {
            table.TryAdd(alias, id);
        }
        return table;
    }

    /// <summary>Strings compared as <see cref="SameText"/> does: exactly but for the first character's case.</summary>
    private sealed class SameTextComparer : IEqualityComparer<string>
    {
        public static readonly SameTextComparer Instance = new();

        public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : x.Length == y.Length && (x.Length == 0 || SameText(x, y));

        // Mixed by hand: HashCode.Combine over a character is generic code a framework-dependent start-up compiles.
        public int GetHashCode(string text) =>
            text.Length == 0 ? 0 : (char.ToLowerInvariant(text[0]) * -1521134295) ^ string.GetHashCode(text.AsSpan(1), StringComparison.Ordinal);
    }

    /// <summary>
    /// All occurrences in <paramref name="text"/>, whose <paramref name="words"/> <paramref name="table"/> gave, longest
    /// first, then kept where they overlap no longer one (and no one in <paramref name="taken"/>), into
    /// <paramref name="found"/> (cleared first) in order of their start. <paramref name="candidates"/> is room to work
    /// in: a reader of many parts gives the same lists again and again, where each part made its own.
    /// </summary>
    public List<MentionMatch> FindAll(
        string text, List<FirstWordTable.Word> words, FirstWordTable table, bool shortForms, List<MentionMatch> found, List<(int Alias, int At)> candidates,
        IReadOnlyList<MentionMatch>? taken = null)
    {
        found.Clear();
        Candidates(text, words, table.ColumnOf(this), candidates);
        if (candidates.Count == 0)
        {
            return found;
        }
        candidates.Sort();
        // A part has a candidate or two and a few mentions taken: each candidate is checked against those claimed before
        // it. Where there are many (a long part, or a text made to be hostile), against a map of claimed characters, whose
        // cost grows with the text rather than with their product; the map lives on the stack and the loops in callees (see
        // MappedText.Fold: a method with both is compiled fully optimized at its first call).
        if (candidates.Count + (taken?.Count ?? 0) <= FewClaims)
        {
            ClaimAmongFew(candidates, shortForms, taken, found);
        }
        else
        {
            Claim(candidates, shortForms, taken, found, text.Length <= 8192 ? stackalloc bool[text.Length] : new bool[text.Length]);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // How many candidates and mentions taken are checked against each other rather than mapped (a map was cleared for
    // every part, four times, most for one candidate).
    private const int FewClaims = 32;

    // Every occurrence on word boundaries: an alias can only start where its first word stands whole.
    private void Candidates(string text, List<FirstWordTable.Word> words, AliasOpening?[] column, List<(int Alias, int At)> candidates)
    {
        candidates.Clear();
        foreach (ref readonly var w in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words))
        {
            if (column[w.Slot] is not { } opening)
            {
                continue;
            }
            AddMatches(text, w.Start, opening.Always, candidates);
            AddMatches(text, w.Start, opening.FollowedAs(text, w.End), candidates);
        }
    }

    // The aliases of aliasesAt that stand at i.
    private void AddMatches(string text, int i, ReadOnlySpan<int> aliasesAt, List<(int Alias, int At)> candidates)
    {
        foreach (var a in aliasesAt)
        {
            // Most aliases of a first word ("the ...") end otherwise than the text does there: told from the ends
            // kept beside the aliases, before an alias is read.
            var (length, last) = ends[a];
            if (i + length > text.Length || text[i + length - 1] != last)
            {
                continue;
            }
            var alias = aliases[a].Alias;
            if (MatchesAt(text, i, alias) && (!asPrinted[a] || text[i] == alias[0]))
            {
                candidates.Add((a, i));
            }
        }
    }

    // Longest aliases (sorted first) claim their characters first; a shorter one is kept only on free characters.
    private void Claim(List<(int Alias, int At)> candidates, bool shortForms, IReadOnlyList<MentionMatch>? taken, List<MentionMatch> found, Span<bool> covered)
    {
        if (taken is not null)
        {
            for (var i = 0; i < taken.Count; i++)
            {
                covered[taken[i].Start..taken[i].End].Fill(true);
            }
        }
        foreach (var (a, at) in candidates)
        {
            var (alias, id) = aliases[a];
            if (!covered.Slice(at, alias.Length).Contains(true))
            {
                covered.Slice(at, alias.Length).Fill(true);
                found.Add(new MentionMatch(at, at + alias.Length, id, shortForms));
            }
        }
    }

    // The same claims, each candidate checked against the mentions taken and those kept before it: characters are covered
    // only by a mention that has some (an empty one covers none).
    private void ClaimAmongFew(List<(int Alias, int At)> candidates, bool shortForms, IReadOnlyList<MentionMatch>? taken, List<MentionMatch> found)
    {
        foreach (var (a, at) in candidates)
        {
            var (alias, id) = aliases[a];
            var end = at + alias.Length;
            if (!Overlaps(taken, at, end) && !Overlaps(found, at, end))
            {
                found.Add(new MentionMatch(at, end, id, shortForms));
            }
        }
    }

    private static bool Overlaps(IReadOnlyList<MentionMatch>? claimed, int start, int end)
    {
        for (var i = 0; i < (claimed?.Count ?? 0); i++)
        {
            var other = claimed![i];
            if (other.Start < end && start < other.End && other.Start < other.End)
            {
                return true;
            }
        }
        return false;
    }

    // Exact but for the first character's case, and ending on a word boundary.
    private static bool MatchesAt(string text, int at, string alias)
    {
        var end = at + alias.Length;
        return end <= text.Length &&
            (end == text.Length || !IsWordChar(text[end])) &&
            char.ToLowerInvariant(text[at]) == char.ToLowerInvariant(alias[0]) &&
            text.AsSpan(at + 1, alias.Length - 1).SequenceEqual(alias.AsSpan(1));
    }

    private static string FirstWordKey(string alias)
    {
        var end = 1;
        while (end < alias.Length && IsWordChar(alias[end]))
        {
            end++;
        }
        return string.Create(end, alias, static (key, alias) =>
        {
            alias.AsSpan(0, key.Length).CopyTo(key);
            key[0] = char.ToLowerInvariant(key[0]);
        });
    }

    private static bool SameText(string a, string b) =>
        a.Length == b.Length && char.ToLowerInvariant(a[0]) == char.ToLowerInvariant(b[0]) && string.CompareOrdinal(a, 1, b, 1, a.Length - 1) == 0;

    // A hyphen joins words: "governmental organizations" is no match inside "non-governmental organizations".
    // Every character of every part is asked: ASCII is answered by two masks (its letters, digits and the hyphen).
    internal static bool IsWordChar(char c) =>
        c < 128 ? ((c < 64 ? WordCharsLow >> c : WordCharsHigh >> (c - 64)) & 1) != 0 : char.IsLetterOrDigit(c);

    private const ulong WordCharsLow = (0x3FFUL << '0') | (1UL << '-'); // '0'-'9', '-'
    private const ulong WordCharsHigh = (0x3FFFFFFUL << ('A' - 64)) | (0x3FFFFFFUL << ('a' - 64)); // 'A'-'Z', 'a'-'z'

    /// <summary>An alias and the id it stands for.</summary>
    /// <param name="Alias">The alias as printed ("the Office").</param>
    /// <param name="Id">The actor's or instrument's id.</param>
    public sealed record Entry(string Alias, string Id);
}
