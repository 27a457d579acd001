using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// FindPart, FindActor and FindInstrument find what a search of the lists from their start finds (the first part in
/// document order with either id, the first entry with the id), through indexes that are no part of the model's value
/// and follow the lists of a copy.
/// </summary>
public class ResolutionFindTests
{
    private static Part? SearchPart(Resolution r, string id) => r.Parts.FirstOrDefault(p =>
        string.Equals(p.Id.Short, id.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) || p.Id.EId == id);

    private static IEnumerable<string> PartIds(Resolution r) =>
        r.Parts.SelectMany(p => new[] { p.Id.Short, p.Id.EId, p.Id.Short.ToLowerInvariant(), p.Id.Short.Replace("(", " (", StringComparison.Ordinal), p.Id.EId.ToUpperInvariant() })
            .Concat(["OP99", "", " ", "nothing"]);

    public static TheoryData<string> Resolutions => new() { "seed", "E-RES-2015-23.txt", "A-RES-70-179.txt" };

    private static Resolution Load(string name) => name == "seed" ? Fresh.Seed() : Model.Resolutions.FromFile(Path.Combine(TestData.SharedPath, "corpus", name));

    [Theory]
    [MemberData(nameof(Resolutions))]
    public void Finders_FindWhatASearchFromTheStartFinds(string name)
    {
        var r = Load(name);
        Assert.All(PartIds(r), id => Assert.Same(SearchPart(r, id), r.FindPart(id)));
        Assert.All(r.Actors.Select(a => a.Id).Append("nobody"), id => Assert.Same(r.Actors.FirstOrDefault(a => a.Id == id), r.FindActor(id)));
        Assert.All(r.Instruments.Select(i => i.Id).Append("nothing"), id => Assert.Same(r.Instruments.FirstOrDefault(i => i.Id == id), r.FindInstrument(id)));
    }

    [Fact]
    public void Finders_GiveTheFirstOfTwoEntriesWithOneId()
    {
        var seed = Fresh.Seed();
        var first = seed.Actors[0];
        var twin = first with { Name = "A second entry with the same id" };
        var r = seed with { Actors = [.. seed.Actors, twin] };
        Assert.Same(first, r.FindActor(first.Id));
    }

    [Fact]
    public void Finders_LeaveEqualityAlone()
    {
        var asked = Fresh.Seed();
        var fresh = Fresh.Seed();
        Assert.NotNull(asked.FindPart("OP3"));
        Assert.NotNull(asked.FindActor("unodc"));
        Assert.Equal(fresh, asked);
        Assert.Equal(fresh.GetHashCode(), asked.GetHashCode());
    }

    [Fact]
    public void Finders_OfACopyWithOtherLists_FindInTheCopysLists()
    {
        var seed = Fresh.Seed();
        var cut = seed.Instruments[0];
        Assert.Same(cut, seed.FindInstrument(cut.Id)); // the original's index made first, which the copy shares
        var copy = seed with
        {
            Instruments = [.. seed.Instruments.Skip(1)],
            Actors = [.. seed.Actors.Where(a => a.Id != "unodc")],
            OperativeParagraphs = [.. seed.OperativeParagraphs.Take(2)],
        };
        Assert.NotNull(seed.FindActor("unodc"));
        Assert.NotNull(seed.FindPart("OP3"));
        Assert.Null(copy.FindInstrument(cut.Id));
        Assert.Null(copy.FindActor("unodc"));
        Assert.Null(copy.FindPart("OP3"));
        Assert.Same(seed.OperativeParagraphs[1], copy.FindPart("OP2"));
        Assert.Same(cut, seed.FindInstrument(cut.Id)); // and the original still finds in its own
    }

    [Fact]
    public void Finders_FromManyThreadsAtOnce_FindWhatOneFinds()
    {
        // Each thread may find no index yet and make one: all make the same, and every answer is the search's.
        for (var round = 0; round < 20; round++)
        {
            var r = Fresh.Seed();
            var ids = PartIds(r).ToArray();
            Parallel.For(0, 64, i =>
            {
                var id = ids[i * 7 % ids.Length];
                Assert.Same(SearchPart(r, id), r.FindPart(id));
                var actor = r.Actors[i % r.Actors.Count];
                Assert.Same(actor, r.FindActor(actor.Id));
                var instrument = r.Instruments[i % r.Instruments.Count];
                Assert.Same(instrument, r.FindInstrument(instrument.Id));
            });
        }
    }

    [Fact]
    public void FirstById_EqualsAnyOther_AndHashesAlike()
    {
        var a = new FirstById<Actor>();
        var b = new FirstById<Actor>();
        Assert.True(a.Equals(b));
        Assert.False(a.Equals(new FirstById<Instrument>()));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
