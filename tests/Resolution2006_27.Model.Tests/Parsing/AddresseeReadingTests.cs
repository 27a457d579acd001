namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>Addressees named through the body they belong to (checked against the text by hand).</summary>
public class AddresseeReadingTests
{
    [Fact]
    public void Ecosoc2015_23_Op8_AddressesTheOffice_AndTheOtherMembersOfTheGroup_InBothAsks()
    {
        // "8. Encourages the United Nations Office on Drugs and Crime, in its capacity as coordinator of the
        // Inter-Agency Coordination Group, and other members of the Group, to continue to contribute ..., and in
        // this regard invites the Office and other members of the Group to continue to elaborate ...".
        var op8 = Resolutions.FromString(TestData.CorpusText("E-RES-2015-23.txt")).OperativeParagraphs[7];
        Assert.Equal(2, op8.Asks.Count);
        foreach (var ask in op8.Asks)
        {
            Assert.Equal(["unodc", "iacg"], ask.Addressees.Select(a => a.ActorId));
            Assert.Equal("other members of the Group", ask.Addressees[1].Text);
        }
        Assert.Equal(["the United Nations Office on Drugs and Crime", "other members of the Group"], op8.Addressees.Select(a => a.Text));
    }
}
