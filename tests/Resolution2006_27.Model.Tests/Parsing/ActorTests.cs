using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>The actors the text names, each found by reading the seed.</summary>
public class ActorTests
{
    private readonly Resolution R = Fresh.Seed();

    public static TheoryData<string, ActorKind, string> Named => new()
    {
        // actor, kind, a part that names it
        { "member-states", ActorKind.MemberStates, "OP1" },
        { "unodc", ActorKind.UnSecretariat, "OP14" },
        { "unodc-global-programme-thb", ActorKind.UnSecretariat, "OP17" },
        { "secretary-general", ActorKind.UnSecretariat, "OP18" },
        { "ccpcj", ActorKind.UnOrgan, "OP18" },
        { "cop-untoc", ActorKind.Other, "PP19" },
        { "high-commissioner-human-rights", ActorKind.UnSecretariat, "PP2" },
        { "ceb", ActorKind.UnSystem, "PP8" },
        { "ilo", ActorKind.UnSystem, "PP4" },
        { "human-security-network", ActorKind.Other, "PP20" },
        { "non-governmental-organizations", ActorKind.Other, "PP16" },
        { "civil-society", ActorKind.Other, "PP17" },
        { "general-assembly", ActorKind.UnOrgan, "PP7" },
        { "crime-congress", ActorKind.UnSystem, "PP5" },
        { "governments", ActorKind.MemberStates, "PP17" },
        { "un-system", ActorKind.UnSystem, "OP16" },
        { "intergovernmental-organizations", ActorKind.Other, "PP16" },
        { "international-organizations", ActorKind.Other, "OP14" },
        { "regional-organizations", ActorKind.Other, "OP14" },
    };

    [Fact]
    public void Actors_AreInTheRegistrysOrder_WithTheParentsOfThoseNamed()
    {
        var registryOrder = ReferenceRegistry.Default.Actors.Select(a => a.Id).ToList();
        var ids = R.Actors.Select(a => a.Id).ToList();
        Assert.Equal(ids.OrderBy(registryOrder.IndexOf), ids);
        // OP17 names the Global Programme; its parent, UNODC, is named too, and listed once.
        Assert.Single(ids, "unodc");
        Assert.Contains("unodc-global-programme-thb", ids);
    }

    [Fact]
    public void Actors_OfARegistryGivingAnIdTwice_AreBothItsEntries()
    {
        // A registry built by hand may repeat an id: every entry of it is an actor of the resolution, in the registry's order.
        var unodc = ReferenceRegistry.Default.FindActor("unodc")!;
        var registry = ReferenceRegistry.Default with { Actors = [.. ReferenceRegistry.Default.Actors, unodc with { Name = "A second entry" }] };
        var r = Model.Parsing.ResolutionParser.Parse(
            ShortResolution.Text("1. Requests the United Nations Office on Drugs and Crime to report."), Fresh.Options() with { Registry = registry });
        Assert.Equal([unodc.Name, "A second entry"], r.Actors.Where(a => a.Id == "unodc").Select(a => a.Name));
    }

    [Theory]
    [MemberData(nameof(Named))]
    public void Actor_IsInTheRegistryWithItsKindAndMentioned(string id, ActorKind kind, string part)
    {
        var actor = R.FindActor(id);
        Assert.NotNull(actor);
        Assert.Equal(kind, actor.Kind);
        Assert.Contains(R.FindPart(part)!.ActorMentions, m => m.ActorId == id);
    }

    [Fact]
    public void GlobalProgramme_BelongsToUnodc() => Assert.Equal("unodc", R.FindActor("unodc-global-programme-thb")!.ParentId);

    [Fact]
    public void ShortForm_TheOfficeResolvesToUnodc()
    {
        var office = R.FindPart("OP15")!.ActorMentions.Single(m => m.IsShortForm);
        Assert.Equal("the Office", office.Text);
        Assert.Equal("unodc", office.ActorId);
        Assert.Equal(268, office.Span.Line);
    }

    [Fact]
    public void CoordinatedModifiers_NameBothActors()
    {
        // PP16 "relevant intergovernmental and non-governmental organizations".
        var mentions = R.FindPart("PP16")!.ActorMentions.Select(m => (m.ActorId, m.Text)).ToList();
        Assert.Contains(("intergovernmental-organizations", "intergovernmental"), mentions);
        Assert.Contains(("non-governmental-organizations", "non-governmental organizations"), mentions);
    }

    [Fact]
    public void Mentions_SpanTheirWordsInTheSeed() =>
        Assert.All(R.Parts.SelectMany(p => p.ActorMentions), m =>
            Assert.Equal(m.Text, System.Text.RegularExpressions.Regex.Replace(TestData.SeedText.Substring(m.Span.Start, m.Span.Length), @"\s+", " ")));

    [Fact]
    public void Actors_ListOnlyWhatTheTextNamesAndTheirParents()
    {
        var named = R.Parts.SelectMany(p => p.ActorMentions.Select(m => m.ActorId)).Append(R.OrganId).ToHashSet();
        Assert.All(R.Actors, a => Assert.True(named.Contains(a.Id) || R.Actors.Any(c => c.ParentId == a.Id), a.Id));
        Assert.All(named, id => Assert.NotNull(R.FindActor(id)));
    }

    [Fact]
    public void UnodcIsAddressedInExactlyThreeParagraphs() =>
        // OP14 "Encourages the United Nations Office on Drugs and Crime", OP15 "Requests ...", OP16 "Also requests ...".
        Assert.Equal([14, 15, 16], R.OperativeParagraphs.Where(p => p.Addressees.Any(a => a.ActorId == "unodc")).Select(p => p.Number));
}
