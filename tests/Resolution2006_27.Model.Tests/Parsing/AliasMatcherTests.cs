using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// The matcher finds what a plain reading finds: every alias standing on word boundaries (its first letter in either
/// case, but a proper name's only as printed), the longest first, a shorter one only on characters no longer one took.
/// The aliases here put many behind one first word ("the ...", which the matcher reads by the two characters after
/// it), some behind one character ("Ibid."), one of one word, and a proper name.
/// </summary>
public sealed class AliasMatcherTests
{
    private static readonly AliasMatcher.Entry[] Aliases =
    [
        new("the Office", "office"), new("the Office of Legal Affairs", "ola"), new("the Council", "council"), new("the Convention", "convention"),
        new("the 1951 Convention", "refugees"), new("the Commission", "commission"), new("the Committee", "committee"), new("the present resolution", "self"),
        new("the Protocol", "protocol"), new("the", "article"), new("Ibid.", "ibid"), new("Chad", "chad"), new("Office", "bare-office"),
        new("Council of Europe", "coe"), new("x", "too-short"),
    ];

    private static readonly HashSet<string> ProperNames = ["chad"];

    private static readonly string[] Tokens =
        ["the", "The", "Office", "office", "Council", "Convention", "Commission", "Committee", "of", "Legal", "Affairs", "1951", "present", "resolution", "Ibid", "Chad", "chad", "Protocol", "Europe", "theOffice", "x"];

    private static readonly string[] Gaps = [" ", " ", " ", ", ", ".", ". ", "(", "-", "  "];

    [Fact]
    public void FindAll_FindsWhatAPlainReadingFinds_InRandomTexts()
    {
        var matcher = new AliasMatcher(Aliases, ProperNames);
        var table = new FirstWordTable(matcher);
        var random = new Random(2006_27);
        var many = 0;
        for (var round = 0; round < 4000; round++)
        {
            // Short texts and long ones (many candidates), with mentions taken by another matcher or none, empty ones among them.
            var text = string.Concat(Enumerable.Range(0, random.Next(1, round % 4 == 0 ? 150 : 30)).Select(_ => Tokens[random.Next(Tokens.Length)] + Gaps[random.Next(Gaps.Length)]));
            var taken = round % 3 == 0 ? null : Enumerable.Range(0, random.Next(0, round % 2 == 0 ? 4 : 40)).Select(_ =>
            {
                var start = random.Next(text.Length);
                return new MentionMatch(start, Math.Min(text.Length, start + random.Next(0, 12)), "taken", IsShortForm: false);
            }).ToList();
            var found = matcher.FindAll(text, table.WordsOf(text, []), table, shortForms: false, [], [], taken);
            Assert.Equal(Reference(text, taken ?? []), found.Select(m => (m.Start, m.End, m.EntityId)));
            // The matcher checks a few candidates against each other and maps the claims of many (over 32 with those taken):
            // most texts here are of the first kind; these are surely of the second.
            many += found.Count + (taken?.Count ?? 0) > 32 ? 1 : 0;
        }
        Assert.True(many > 200, $"{many} texts with many candidates: both ways of claiming are read");
    }

    [Fact]
    public void FindAll_OfTheShortFormsBehindOneWord_TakesTheOneTheTextPrints()
    {
        var matcher = new AliasMatcher(Aliases, ProperNames);
        var table = new FirstWordTable(matcher);
        const string text = "The Committee asks the Office of Legal Affairs and the 1951 Convention, Ibid. and Chad, not chad.";
        var found = matcher.FindAll(text, table.WordsOf(text, []), table, shortForms: false, [], []);
        // Read off the text: "The Committee", "the Office of Legal Affairs" (not "the Office"), "the 1951 Convention" (not
        // "the" alone), "Ibid.", "Chad" as printed and not "chad".
        Assert.Equal(["committee", "ola", "refugees", "ibid", "chad"], found.Select(m => m.EntityId));
        Assert.Equal("the Office of Legal Affairs", text[found[1].Start..found[1].End]);
    }

    [Theory]
    [InlineData("the Office", "office")] // as given
    [InlineData("The Office", "office")] // the first letter in either case
    [InlineData("The Office of Legal Affairs", "ola")]
    [InlineData("chad", "chad")] // a proper name is known in either case here: Knows answers a name, not a text
    [InlineData("Ibid.", "ibid")]
    public void Knows_AnAliasExactlyButForItsFirstLetter(string alias, string id)
    {
        var matcher = new AliasMatcher(Aliases, ProperNames);
        Assert.True(matcher.Knows(alias, out var found));
        Assert.Equal(id, found);
    }

    [Theory]
    [InlineData("the office")] // a letter after the first in another case
    [InlineData("the Offic")]
    [InlineData("the Office ")]
    [InlineData("x")] // too short to be kept
    [InlineData("")]
    public void Knows_NothingElse(string alias)
    {
        var matcher = new AliasMatcher(Aliases, ProperNames);
        Assert.False(matcher.Knows(alias, out var found));
        Assert.Equal("", found);
    }

    [Fact]
    public void Knows_TheFirstOfTwoAliasesThatDifferOnlyInTheirFirstLetter()
    {
        // Two entries that read alike but for the first letter's case: the first given is the one, even for the second's
        // exact text (the matcher reads both alike).
        var matcher = new AliasMatcher([new("the Union", "first"), new("The Union", "second"), new("Union", "short")]);
        Assert.True(matcher.Knows("The Union", out var id));
        Assert.Equal("first", id);
        Assert.True(matcher.Knows("union", out id));
        Assert.Equal("short", id);
    }

    // Every alias at every place, the longest first, as the matcher's documentation has it, none on a character taken.
    private static List<(int Start, int End, string Id)> Reference(string text, IReadOnlyList<MentionMatch> taken)
    {
        var ordered = Aliases.Where(a => a.Alias.Length > 1).OrderByDescending(a => a.Alias.Length).ToList();
        var covered = new bool[text.Length];
        foreach (var m in taken)
        {
            Array.Fill(covered, true, m.Start, m.End - m.Start);
        }
        var found = new List<(int Start, int End, string Id)>();
        foreach (var alias in ordered)
        {
            for (var i = 0; i + alias.Alias.Length <= text.Length; i++)
            {
                var end = i + alias.Alias.Length;
                var firstMatches = ProperNames.Contains(alias.Id) ? text[i] == alias.Alias[0] : char.ToLowerInvariant(text[i]) == char.ToLowerInvariant(alias.Alias[0]);
                if (firstMatches && string.CompareOrdinal(text, i + 1, alias.Alias, 1, alias.Alias.Length - 1) == 0
                    && (i == 0 || !IsWord(text[i - 1])) && (end == text.Length || !IsWord(text[end])) && !covered[i..end].Contains(true))
                {
                    Array.Fill(covered, true, i, end - i);
                    found.Add((i, end, alias.Id));
                }
            }
        }
        return [.. found.OrderBy(f => f.Start)];
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '-';
}
