using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Tests.Text;

/// <summary>The pool of short texts the model repeats: the same characters, one string for a value, bounded.</summary>
public class TextPoolTests
{
    [Theory]
    [InlineData("The Economic and Social Council, Requests the Secretary-General", 33, 41, "Requests")]
    [InlineData("Also requests", 0, 13, "Also requests")]
    [InlineData("x", 0, 0, "")]
    public void Of_GivesTheCharactersBetweenTheOffsets(string text, int start, int end, string expected) =>
        Assert.Equal(expected, new TextPool(48, 100).Of(text, start, end));

    [Fact]
    public void Of_GivesOneStringForAShortTextReadTwice()
    {
        var pool = new TextPool(48, 100);
        var first = pool.Of("Calls upon Member States to", 11, 24);
        Assert.Equal("Member States", first);
        Assert.Same(first, pool.Of("and Member States", 4, 17));
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Of_NeverPoolsALongerText()
    {
        var pool = new TextPool(8, 100);
        Assert.Equal("Also requests", pool.Of("Also requests", 0, 13));
        Assert.NotSame(pool.Of("Also requests", 0, 13), pool.Of("Also requests", 0, 13));
        Assert.Equal(0, pool.Count);
    }

    [Fact]
    public void Of_StopsPoolingAtItsBound_AndStillGivesTheText()
    {
        var pool = new TextPool(48, 3);
        Parallel.For(0, 1000, i => Assert.Equal($"text {i}", pool.Of($"the text {i}", 4, $"the text {i}".Length)));
        Assert.InRange(pool.Count, 3, 3 + Environment.ProcessorCount);
        var unpooled = pool.Of("a new text", 0, 10);
        Assert.NotSame(unpooled, pool.Of("a new text", 0, 10));
    }

    [Fact]
    public void TheParser_SharesAPhrasesTextAcrossResolutions()
    {
        // Two parses of the seed: their first operative paragraphs' phrases are one string, not two.
        var first = Fresh.Seed().OperativeParagraphs[0].Phrase!;
        var second = Fresh.Seed().OperativeParagraphs[0].Phrase!;
        Assert.Equal(first.Text, second.Text);
        if (TextPool.Shared.Count < TextPool.Shared.MaxCount)
        {
            Assert.Same(first.Text, second.Text);
        }
    }

    [Fact]
    public void Of_ReadsASpanAsTheStringItsOffsetsGive()
    {
        var pool = new TextPool(48, 100);
        var byOffsets = pool.Of("see para_3__ref_1 here", 4, 17);
        Assert.Same(byOffsets, pool.Of("para_3__ref_1".AsSpan()));
        Assert.Equal("para_3__ref_1", byOffsets);
    }

    [Fact]
    public void TheParser_SharesACitationsWordsAndIdAcrossResolutions()
    {
        // The seed's first citation short enough to pool, in two parses: its id and its words are each one string.
        static Citations.Citation FirstShort(Resolution r) => r.Parts.SelectMany(p => p.Citations).First(c => c.Text.Length <= TextPool.Shared.MaxLength);
        var first = FirstShort(Fresh.Seed());
        var second = FirstShort(Fresh.Seed());
        Assert.Equal((first.Id, first.Text), (second.Id, second.Text));
        Assert.Matches(@"__ref_[1-9][0-9]*$", first.Id);
        if (TextPool.Shared.Count < TextPool.Shared.MaxCount)
        {
            Assert.Same(first.Id, second.Id);
            Assert.Same(first.Text, second.Text);
        }
    }
}
