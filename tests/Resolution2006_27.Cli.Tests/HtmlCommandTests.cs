using Resolution2006_27.Model.Tests;

namespace Resolution2006_27.Cli.Tests;

/// <summary>`res2006 html`, run as a user runs it.</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class HtmlCommandTests
{
    [Fact]
    public void Html_PrintsASelfContainedPage()
    {
        var (code, output, _) = CliTests.Run("html");
        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>", output, StringComparison.Ordinal);
        Assert.Contains("<h1>E/RES/2006/27</h1>", output, StringComparison.Ordinal);
        Assert.Contains("id=\"OP3(b)(ii)\"", output, StringComparison.Ordinal);
        // Self-contained: no script, style sheet or image is fetched from anywhere.
        Assert.DoesNotMatch("<(script|link|img)[^>]+(src|href)=", output);
    }

    [Fact]
    public void Html_OfACorpus_WritesAPageEachAndAnIndex()
    {
        var target = Path.Combine(Path.GetTempPath(), $"res2006-pages-{Guid.NewGuid():N}");
        try
        {
            var (code, output, _) = CliTests.Run("html", "--corpus", Path.Combine(TestData.SharedPath, "corpus"), "--output", target);
            Assert.Equal(0, code);
            Assert.StartsWith("2 pages and index.html written", output, StringComparison.Ordinal);
            Assert.Equal(["A-RES-70-179.html", "E-RES-2015-23.html", "index.html"], Directory.GetFiles(target).Select(Path.GetFileName).Order());
            var index = File.ReadAllText(Path.Combine(target, "index.html"));
            Assert.Contains("<a href=\"E-RES-2015-23.html\">E/RES/2015/23</a>", index, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }
        }
    }

    [Fact]
    public void Html_OfACorpusWithoutOutput_IsAUsageError() =>
        Assert.Equal(2, CliTests.Run("html", "--corpus", Path.Combine(TestData.SharedPath, "corpus")).Code);
}
