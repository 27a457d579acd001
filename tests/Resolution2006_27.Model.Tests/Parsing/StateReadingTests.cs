using Resolution2006_27.Model.Queries;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>States and parties to a conflict read as addressees in real resolutions (each checked against the text by hand).</summary>
public class StateReadingTests
{
    private static Resolution Dev(string file) =>
        Resolutions.FromString(File.ReadAllText(Path.Combine(TestData.SharedPath, "corpus-dev", file)));

    private static List<(string? Id, string Text)> AddresseesOf(Resolution r, string part) =>
        [.. r.Asks().Where(a => a.Part.Short == part).Select(a => (a.Addressee.ActorId, a.Addressee.Text)).Distinct()];

    [Fact]
    public void TheGovernmentOfAState_AndAPartyBesideIt_AreAddressed()
    {
        // S/RES/818 (1993) 4: "Urges the Government of Mozambique and RENAMO to take urgent and determined steps ...".
        Assert.Equal([("mozambique", "the Government of Mozambique"), ("renamo", "RENAMO")], AddresseesOf(Dev("unsc/S_RES_0818_1993.txt"), "OP4"));
    }

    [Fact]
    public void TheGovernmentsOfTwoStates_AreBothAddressed()
    {
        // S/RES/2147 (2014) 22: "encourages the Governments of Rwanda and Uganda, with the assistance of ...".
        Assert.Equal(["rwanda", "uganda"], AddresseesOf(Dev("eosg/S_RES_2147(2014).txt"), "OP22").Select(a => a.Id));
    }

    [Fact]
    public void TheAuthoritiesOfAState_NamedByItsNameAsAnAdjective_AreTheState()
    {
        // A/RES/73/264 2: "calls upon the Myanmar authorities to ensure that those responsible ...".
        Assert.Equal([("myanmar", "the Myanmar authorities")], AddresseesOf(Dev("eosg/A_RES_73_264.txt"), "OP2"));
    }

    [Fact]
    public void AllPartiesToTheConflict_AreAPartyAddressedAsAWhole()
    {
        // S/RES/668 (1990) (Cambodia): "Urges all parties to the conflict to exercise maximum self-restraint ...".
        var r = Dev("unsc/S_RES_0668_1990.txt");
        var addressee = r.Asks().Select(a => a.Addressee).First(a => a.ActorId == "parties-to-conflict");
        Assert.Equal(Model.Actors.AddresseeScope.All, addressee.Scope);
        Assert.Equal(Model.Actors.ActorKind.Party, r.FindActor("parties-to-conflict")!.Kind);
    }

    [Theory]
    [InlineData("Calls upon the Government of the Sudan to cooperate fully.", "sudan", "the Government of the Sudan")]
    [InlineData("Calls upon the Sudanese authorities to cooperate fully.", "sudan", "the Sudanese authorities")]
    [InlineData("Calls upon the Government of Zaire to cooperate fully.", "democratic-republic-of-the-congo", "the Government of Zaire")]
    [InlineData("Calls upon the Union of Soviet Socialist Republics to cooperate fully.", "union-of-soviet-socialist-republics", "the Union of Soviet Socialist Republics")]
    [InlineData("Calls upon the Taliban to cooperate fully.", "taliban", "the Taliban")]
    [InlineData("Calls upon the Federal Government of Somalia to cooperate fully.", "somalia", "the Federal Government of Somalia")]
    [InlineData("Calls upon the Transition Government of Mali to cooperate fully.", "mali", "the Transition Government of Mali")]
    [InlineData("Calls upon the Myanmar authorities to cooperate fully.", "myanmar", "the Myanmar authorities")]
    public void AStateOrPartyNamedAnyWayResolutionsNameIt_IsTheAddressee(string paragraph, string id, string text)
    {
        var r = Resolutions.FromString($"The Security Council,\n\n1. {paragraph}\n");
        var addressee = Assert.Single(r.OperativeParagraphs[0].Addressees);
        Assert.Equal((id, text), (addressee.ActorId, addressee.Text));
    }

    [Fact]
    public void AStatesNameInLowerCase_IsNoMention()
    {
        // A State's name is a proper name: "turkey" and "chad" in lower case are not Türkiye and Chad.
        var r = Resolutions.FromString("The Security Council,\n\n1. Requests a report on turkey and chad farming, and on Chad.\n");
        Assert.Equal(["chad"], r.OperativeParagraphs[0].ActorMentions.Select(m => m.ActorId));
    }
}
