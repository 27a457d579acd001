using System.Text.RegularExpressions;
using Resolution2006_27.Model.Phrases;

namespace Resolution2006_27.Model.Tests.Phrases;

/// <summary>
/// The built-in lexicon against DOMAIN.md's verb classes (after the UN EOSG annotations), read from
/// ../shared: every verb it lists is found in both printed forms, the operative ("Welcomes") and the
/// preambular ("Welcoming"), with its class.
/// </summary>
public class VerbLexiconTests
{
    // The built-in entries, indexed anew for each test (Fresh.cs says why).
    private readonly VerbLexicon Lexicon = Fresh.Lexicon();

    public static TheoryData<string, VerbClass> DomainVerbs()
    {
        var domain = File.ReadAllText(Path.Combine(TestData.SharedPath, "design", "DOMAIN.md"));
        var data = new TheoryData<string, VerbClass>();
        foreach (Match list in Regex.Matches(domain, @"\*\*(?<class>directive|deciding|evaluative|observing|reinforcing)\*\*\s*\((?<verbs>[^)]*)\)"))
        {
            var verbClass = Enum.Parse<VerbClass>(list.Groups["class"].Value, ignoreCase: true);
            foreach (var verb in list.Groups["verbs"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                data.Add(Regex.Replace(verb, @"\s+", " "), verbClass);
            }
        }
        return data;
    }

    [Fact]
    public void DomainVerbs_AreAllRead() => Assert.Equal(32, DomainVerbs().Count);   // 8 directive, 8 deciding, 5 evaluative, 5 observing, 6 reinforcing

    [Theory]
    [MemberData(nameof(DomainVerbs))]
    public void Find_KnowsBothPrintedFormsOfEveryDomainVerbWithItsClass(string lemma, VerbClass verbClass)
    {
        foreach (var form in new[] { ThirdPerson(lemma), Participle(lemma) })
        {
            var entry = Lexicon.Find(form);
            Assert.True(entry is not null, $"'{form}' ({lemma}) is not in the lexicon");
            Assert.StartsWith(lemma, entry.Lemma, StringComparison.Ordinal);   // "take note" is "take note of"
            Assert.Equal(verbClass, entry.Class);
        }
    }

    [Fact]
    public void Find_IsCaseInsensitiveAndExact()
    {
        Assert.Equal("urge", Lexicon.Find("URGES")?.Lemma);
        Assert.Null(Lexicon.Find("urge"));
        Assert.Null(Lexicon.Find(""));
    }

    [Fact]
    public void FindLemma_FindsTheBaseFormAndNoPrintedForm()
    {
        // A declaration prints the base form after "We": "We reaffirm", "We take note of".
        Assert.Equal("reaffirm", Lexicon.FindLemma("Reaffirm")?.Lemma);
        Assert.Equal("take note of", Lexicon.FindLemma("take note of")?.Lemma);
        Assert.Null(Lexicon.FindLemma("reaffirms"));
        Assert.Equal("lemma", Assert.Throws<ArgumentNullException>(() => Lexicon.FindLemma(null!)).ParamName);
    }

    [Fact]
    public void Strength_FollowsThePractitionersRanking()
    {
        // DOMAIN.md: decides > requests, urges, calls upon > encourages, invites.
        Strength Of(string form) => Lexicon.Find(form)!.Strength;
        Assert.True(Of("decides") > Of("requests"));
        Assert.Equal(Of("requests"), Of("urges"));
        Assert.Equal(Of("requests"), Of("calls upon"));
        Assert.True(Of("calls upon") > Of("encourages"));
        Assert.Equal(Of("encourages"), Of("invites"));
        Assert.Equal(Strength.None, Of("welcomes"));
    }

    [Fact]
    public void WithStrength_ChangesThatVerbOnly()
    {
        var lexicon = Lexicon.WithStrength("invite", Strength.Requesting);
        Assert.Equal(Strength.Requesting, lexicon.Find("invites")!.Strength);
        Assert.Equal(Strength.Requesting, lexicon.Find("inviting")!.Strength);
        Assert.Equal(Strength.Encouraging, lexicon.Find("encourages")!.Strength);
        Assert.Equal(Strength.Encouraging, Lexicon.Find("invites")!.Strength);   // the lexicon it came from is left alone
        Assert.Equal(Lexicon.Entries.Count, lexicon.Entries.Count);
    }

    [Fact]
    public void With_AddsAVerbWhoseFormsWinOverEarlierOnes()
    {
        var lexicon = Lexicon.With(new VerbEntry("exhort", VerbClass.Directive, Strength.Requesting, ["exhorts", "urges strongly"]));
        Assert.Equal("exhort", lexicon.Find("Exhorts")!.Lemma);
        Assert.Equal("exhort", lexicon.Find("urges strongly")!.Lemma);
        Assert.Equal("urge", lexicon.Find("urges")!.Lemma);
        Assert.Equal("exhort", lexicon.Entries[^1].Lemma);
        Assert.Null(Lexicon.Find("exhorts"));
        var overriding = Lexicon.With(new VerbEntry("urge hard", VerbClass.Directive, Strength.Deciding, ["urges"]));
        Assert.Equal("urge hard", overriding.Find("urges")!.Lemma);
        Assert.Equal("urge", overriding.Find("urging")!.Lemma);
    }

    [Theory]
    [InlineData("takes", 3)] // "takes note of", "takes into account"
    [InlineData("Taking", 3)]
    [InlineData("take", 3)] // the lemmas "take note of", "take into account"
    [InlineData("calls", 2)] // "calls upon"
    [InlineData("URGES", 1)]
    [InlineData("urge", 1)] // a lemma
    [InlineData("into", 0)] // inside forms ("takes into account"), opening none
    [InlineData("", 0)]
    public void MostWordsOpenedBy_IsTheLongestFormOrLemmaAWordOpens(string word, int most) =>
        Assert.Equal(most, VerbLexicon.Default.MostWordsOpenedBy(word));

    [Fact]
    public void MostWordsOpenedBy_CountsEveryEntrysFormsAndLemma()
    {
        // Read off the entries: for each form and lemma, its first word opens at least its words, and some form or
        // lemma of as many words opens with it.
        var lexicon = VerbLexicon.Default;
        var all = lexicon.Entries.SelectMany(e => e.Forms.Append(e.Lemma)).ToList();
        foreach (var form in all)
        {
            var first = form.Split(' ')[0];
            var most = lexicon.MostWordsOpenedBy(first);
            Assert.True(most >= form.Split(' ').Length, $"'{first}' opens '{form}', of more than {most} words");
            Assert.Contains(all, f => string.Equals(f.Split(' ')[0], first, StringComparison.OrdinalIgnoreCase) && f.Split(' ').Length == most);
        }
    }

    [Fact]
    public void Constructor_RefusesNull() => Assert.Throws<ArgumentNullException>(() => new VerbLexicon(null!));

    // English inflection of the first word: "call upon" → "calls upon", "stress" → "stresses".
    private static string ThirdPerson(string lemma) => Inflect(lemma, w => Regex.IsMatch(w, "(s|sh|ch|x|z)$") ? w + "es" : w + "s");

    // "welcome" → "welcoming", "commit" → "committing", "bear in mind" → "bearing in mind".
    private static string Participle(string lemma) => Inflect(lemma, w => w switch
    {
        "commit" => "committing",
        _ when w.EndsWith('e') && !w.EndsWith("ee", StringComparison.Ordinal) => w[..^1] + "ing",
        _ => w + "ing",
    });

    private static string Inflect(string lemma, Func<string, string> first)
    {
        var words = lemma.Split(' ');
        return string.Join(' ', [first(words[0]), .. words[1..]]);
    }
}
