using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests.Registry;

/// <summary>
/// Every State is an actor (data 2026.4). The expected codes are ISO 3166-1 / UN M49 as published, written
/// here by hand, not read off the data.
/// </summary>
public class StateTests
{
    private readonly ReferenceRegistry Known = Fresh.Registry();

    private List<Actor> States => [.. Known.Actors.Where(a => a.Kind == ActorKind.State)];

    [Fact]
    public void TheRegistryHoldsThe193MemberStatesAndTheTwoObserverStates()
    {
        Assert.Equal(193, States.Count(s => s.State!.Status == StateStatus.Member));
        Assert.Equal(["holy-see", "state-of-palestine"], States.Where(s => s.State!.Status == StateStatus.Observer).Select(s => s.Id).Order());
        Assert.All(States, s => Assert.NotNull(s.State));
        Assert.All(Known.Actors.Where(a => a.Kind != ActorKind.State), a => Assert.Null(a.State));
    }

    [Theory]
    [InlineData("somalia", "SOM", "706")]
    [InlineData("sudan", "SDN", "729")]
    [InlineData("south-sudan", "SSD", "728")]
    [InlineData("afghanistan", "AFG", "004")]
    [InlineData("brazil", "BRA", "076")]
    [InlineData("china", "CHN", "156")]
    [InlineData("france", "FRA", "250")]
    [InlineData("germany", "DEU", "276")]
    [InlineData("russian-federation", "RUS", "643")]
    [InlineData("united-kingdom-of-great-britain-and-northern-ireland", "GBR", "826")]
    [InlineData("united-states-of-america", "USA", "840")]
    [InlineData("democratic-republic-of-the-congo", "COD", "180")]
    [InlineData("turkiye", "TUR", "792")]
    [InlineData("state-of-palestine", "PSE", "275")]
    [InlineData("holy-see", "VAT", "336")]
    [InlineData("union-of-soviet-socialist-republics", "SUN", "810")]
    [InlineData("czechoslovakia", "CSK", "200")]
    [InlineData("german-democratic-republic", "DDR", "278")]
    [InlineData("yugoslavia", "YUG", "890")]
    public void AState_CarriesItsIsoAndM49Codes(string id, string alpha3, string m49)
    {
        var state = Known.FindActor(id)!.State!;
        Assert.Equal(alpha3, state.Alpha3);
        Assert.Equal(m49, state.M49);
    }

    [Fact]
    public void CodesAndIds_AreUniqueAmongStatesThatExist()
    {
        var existing = States.Where(s => s.State!.Status != StateStatus.Former).ToList();
        Assert.Equal(existing.Count, existing.Select(s => s.State!.Alpha3).Distinct().Count());
        Assert.Equal(existing.Count, existing.Select(s => s.State!.M49).Distinct().Count());
        Assert.Equal(Known.Actors.Count, Known.Actors.Select(a => a.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("SOM", "somalia")]
    [InlineData("som", "somalia")]
    [InlineData("706", "somalia")]
    [InlineData("Federal Republic of Somalia", "somalia")]
    [InlineData("the Sudan", "sudan")]
    [InlineData("Zaire", "democratic-republic-of-the-congo")]
    [InlineData("Burma", "myanmar")]
    [InlineData("USSR", "union-of-soviet-socialist-republics")]
    public void AState_IsNamedByItsCodesAndItsNames(string name, string id) =>
        Assert.Equal([id], Known.Actors.Where(a => a.IsNamedBy(name)).Select(a => a.Id));

    [Fact]
    public void AFormerState_NamesTheStateThatContinuedItsSeat()
    {
        Assert.Equal("russian-federation", Known.FindActor("union-of-soviet-socialist-republics")!.State!.SucceededBy);
        Assert.Equal("serbia", Known.FindActor("serbia-and-montenegro")!.State!.SucceededBy);
        Assert.All(States.Where(s => s.State!.SucceededBy is not null), s => Assert.NotNull(Known.FindActor(s.State!.SucceededBy!)));
    }

    [Fact]
    public void Provenance_CitesWhatAReaderCanOpen_NeverAFileOfThisRepository()
    {
        var sources = Known.Actors.Select(a => a.Provenance)
            .Concat(Known.Instruments.Select(i => i.Provenance))
            .Concat(Known.Footnotes.Select(f => f.Body.Provenance))
            .Select(p => p.Source).ToList();
        Assert.All(sources, s => Assert.DoesNotMatch(@"shared/|\.md\b|DOMAIN|corpus-dev", s));
        Assert.All(States.Select(s => s.Provenance.Source), s => Assert.Contains("https://", s, StringComparison.Ordinal));
        Assert.All(States, s => Assert.False(s.Provenance.Verified));
    }
}
