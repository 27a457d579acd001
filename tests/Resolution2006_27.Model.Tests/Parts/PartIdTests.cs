using Resolution2006_27.Model.Citations;
using Resolution2006_27.Model.Parts;

namespace Resolution2006_27.Model.Tests.Parts;

public class PartIdTests
{
    [Theory]
    [InlineData("para_3__list_1__point_b__list_1__point_ii", "OP3(b)(ii)")]
    [InlineData("para_18", "OP18")]
    [InlineData("preamble__p_5", "PP5")]
    [InlineData("preamble__p_12__list_1__point_a", "PP12(a)")]
    public void FromEId_ReadsTheFormThisLibraryWrites(string eId, string shortId)
    {
        var id = PartId.FromEId(eId)!;
        Assert.Equal(shortId, id.Short);
        Assert.Equal(eId, id.EId);
        Assert.Equal(shortId, id.ToString());
    }

    [Theory]
    [InlineData("para_0")]
    [InlineData("para_03")]
    [InlineData("para_3__list_2__point_a")]
    [InlineData("para_3__list_1__point_B")]
    [InlineData("para_3 ")]
    [InlineData("art_6")]
    [InlineData("")]
    [InlineData("sec_A__preamble__p_1")] // sections hold operative paragraphs only
    [InlineData("para_99999999999")] // more than an int holds: once an OverflowException
    public void FromEId_IsNullForAnyOtherForm(string eId) => Assert.Null(PartId.FromEId(eId));

    [Fact]
    public void Factories_GiveOneInstanceForOneId()
    {
        // A corpus holds "OP3(b)" once, not once per resolution (until the pool of ids is full).
        Assert.Same(PartId.Operative(3), PartId.Operative(3));
        Assert.Same(PartId.Operative(3).Item("b"), PartId.FromEId("para_3__list_1__point_b"));
        Assert.Same(PartId.Preambular(7), PartId.Preambular(7));
        Assert.Same(PartId.Operative(2, "II"), PartId.Operative(2, "II"));
        Assert.NotSame(PartId.Operative(2, "II"), PartId.Operative(2));
        Assert.Equal(("II.OP2", "sec_II__para_2"), (PartId.Operative(2, "II").Short, PartId.Operative(2, "II").EId));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1024)] // the last number found by number
    [InlineData(1025)] // the first found by its short form
    [InlineData(0)]
    public void Factories_GiveTheSameFormsAtEveryNumber(int n)
    {
        Assert.Equal(($"OP{n}", $"para_{n}"), (PartId.Operative(n).Short, PartId.Operative(n).EId));
        Assert.Equal(($"PP{n}", $"preamble__p_{n}"), (PartId.Preambular(n).Short, PartId.Preambular(n).EId));
        Assert.Same(PartId.Operative(n), PartId.Operative(n));
        Assert.Same(PartId.Preambular(n), PartId.Preambular(n));
    }

    [Fact]
    public void Item_OfAnIdMadeByHand_KeepsItsOwnForms()
    {
        // The pool matches both forms: an id whose eId is not the one its short form implies is not taken for another,
        // whichever of the two is pooled first (a number no other test uses).
        var odd = new PartId("OP901", "custom_901").Item("a");
        Assert.Equal(("OP901(a)", "custom_901__list_1__point_a"), (odd.Short, odd.EId));
        Assert.Equal(("OP901(a)", "para_901__list_1__point_a"), (PartId.Operative(901).Item("a").Short, PartId.Operative(901).Item("a").EId));
        Assert.Equal(("OP902(a)", "para_902__list_1__point_a"), (PartId.Operative(902).Item("a").Short, PartId.Operative(902).Item("a").EId));
        var odd2 = new PartId("OP902", "custom_902").Item("a");
        Assert.Equal("custom_902__list_1__point_a", odd2.EId);
    }

    [Fact]
    public void FromEId_RefusesNull() => Assert.Equal("eId", Assert.Throws<ArgumentNullException>(() => PartId.FromEId(null!)).ParamName);

    [Fact]
    public void TreatySeriesReference_ReadsAsAUnFootnote() =>
        Assert.Equal("United Nations, Treaty Series, vol. 2225, No. 39574", new TreatySeriesReference(2225, 209, 39574).ToString());

    [Fact]
    public void Pinpoint_AkomaNtosoFragmentAbbreviatesEachUnit()
    {
        var path = new[] { ("chapter", "II"), ("section", "3"), ("article", "6"), ("paragraph", "2"), ("subparagraph", "a"), ("annex", "1") }
            .Select(l => new PinpointLevel(l.Item1, [l.Item2]));
        var pinpoint = new Pinpoint("text", [.. path], null, 0, new Model.Text.SourceSpan(0, 4, 1, 1));
        Assert.Equal("chp_II__sec_3__art_6__para_2__subpara_a__annex_1", pinpoint.ToAkomaNtosoFragment());
    }
}
