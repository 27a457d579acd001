using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests.Registry;

/// <summary>Actors are of the kind they are: authorities and officials of States are not States.</summary>
public class ActorKindTests
{
    [Theory]
    [InlineData("law-enforcement-authorities", "member-states")]
    [InlineData("criminal-justice-officials", "member-states")]
    [InlineData("governmental-organizations", null)]
    public void NamedGroupsThatAreNotStates_AreOfKindOther(string id, string? parent)
    {
        var actor = Fresh.Registry().FindActor(id)!;
        Assert.Equal(ActorKind.Other, actor.Kind);
        Assert.Equal(parent, actor.ParentId);
    }

    [Fact]
    public void OnlyStatesAndTheirGroupingsAreOfKindMemberStates() =>
        Assert.Equal(
            ["member-states", "governments", "states", "countries-of-origin-transit-destination"],
            Fresh.Registry().Actors.Where(a => a.Kind == ActorKind.MemberStates).Select(a => a.Id));
}
