using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Tests;
using Resolution2006_27.Model;

namespace Resolution2006_27.Cli.Tests;

/// <summary>The tool when writing an export cannot succeed: it fails cleanly and leaves no partial file.</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class ToolFaultTests
{
    [Fact]
    public void Export_OverAnExistingFileFailsAndLeavesItAlone()
    {
        var file = Path.Combine(Path.GetTempPath(), $"res2006-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "keep me");
        try
        {
            var (code, output, error) = CliTests.Run("export", "--output", file);
            Assert.Equal(2, code);
            Assert.Equal("", output);
            Assert.Contains("already exists; give --force", error, StringComparison.Ordinal);
            Assert.Equal("keep me", File.ReadAllText(file));
            Assert.Equal(0, CliTests.Run("export", "--output", file, "--force").Code);
            Assert.Equal(Resolutions.E2006_27, ModelJson.Deserialize(File.ReadAllText(file)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Export_ToAnUnwritablePathFailsCleanlyAndLeavesNoFile()
    {
        // /proc refuses new files even to root; a missing folder is refused to everyone.
        foreach (var file in new[] { "/proc/res2006-export.json", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "export.json") })
        {
            var (code, output, error) = CliTests.Run("export", "--format", "akn", "--output", file);
            Assert.NotEqual(0, code);
            Assert.Equal("", output);
            Assert.StartsWith("error:", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.False(File.Exists(file));
            var folder = Path.GetDirectoryName(file)!;
            Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder, ".res2006-export.json.*.tmp") : []);
        }
    }
}
