using Resolution2006_27.Model.Parsing;

namespace Resolution2006_27.Model.Tests.Parsing;

/// <summary>
/// An offset's line and column are those a count of line breaks before it gives, in whatever order offsets are asked:
/// the document starts its search from the line asked last.
/// </summary>
public sealed class SourceDocumentTests
{
    [Fact]
    public void Position_IsTheCountOfLineBreaksBeforeIt_AskedInOrderBackwardAndAtRandom()
    {
        var random = new Random(2006_27);
        for (var round = 0; round < 50; round++)
        {
            // Lines of random lengths (some empty), ended by \n, \r\n or a lone \r.
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 200)).Select(_ =>
                new string('x', random.Next(0, 12)) + random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" }));
            var document = new SourceDocument(text);
            var offsets = Enumerable.Range(0, text.Length + 1).ToList();
            var orders = new[]
            {
                offsets,
                Enumerable.Reverse(offsets).ToList(),
                offsets.OrderBy(_ => random.Next()).ToList(),
                offsets.Where((_, i) => i % 7 == 0).Concat(offsets.Where((_, i) => i % 5 == 0)).ToList(), // forward in strides, then again
            };
            foreach (var order in orders)
            {
                foreach (var offset in order)
                {
                    Assert.Equal(Expected(text, offset), document.Position(offset));
                }
            }
        }
    }

    [Theory]
    [InlineData("", 0, 1, 1)]
    [InlineData("a", 1, 1, 2)] // the text's end
    [InlineData("a\nb", 2, 2, 1)]
    [InlineData("a\r\nb", 2, 1, 3)] // between \r and \n: still the first line
    [InlineData("a\r\nb", 3, 2, 1)]
    [InlineData("a\n\nb", 3, 3, 1)]
    public void Position_OfAnOffset(string text, int offset, int line, int column) =>
        Assert.Equal((line, column), new SourceDocument(text).Position(offset));

    // The line: one more than the line breaks ending before the offset (\r\n one break); the column: one more than the
    // characters since the last.
    private static (int Line, int Column) Expected(string text, int offset)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                start = i + 1;
            }
        }
        return (line, offset - start + 1);
    }
}
