using Resolution2006_27.Model.Dataset;
using Resolution2006_27.Model.Tests;

namespace Resolution2006_27.Cli.Tests;

/// <summary>`res2006 dataset`, run as a user runs it (and, in the install proof, as the installed native tool).</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class DatasetCommandTests
{
    private static string Target() => Path.Combine(Path.GetTempPath(), $"res2006-dataset-{Guid.NewGuid():N}");

    [Fact]
    public void Dataset_OfACorpus_WritesEveryTableAndSaysHowManyRows()
    {
        var target = Target();
        try
        {
            var corpus = Path.Combine(TestData.SharedPath, "corpus");
            var (code, output, _) = CliTests.Run("dataset", "--corpus", corpus, "--output", target);
            Assert.Equal(0, code);
            Assert.StartsWith($"2 resolutions written to {target}", output, StringComparison.Ordinal);
            Assert.Equal(DatasetSchema.Tables.Select(t => t.Name + ".parquet").Order(), Directory.GetFiles(target).Select(Path.GetFileName).Order());
            // Parquet files begin and end with the magic "PAR1".
            Assert.All(Directory.GetFiles(target), f => Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(f)[..4]));
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
    public void Dataset_OverAnExistingFolder_RefusesWithoutForce_AndTouchesNothing()
    {
        var target = Target();
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "mine");
        try
        {
            var (code, _, error) = CliTests.Run("dataset", "--output", target);
            Assert.NotEqual(0, code);
            Assert.Contains("--force", error, StringComparison.Ordinal);
            Assert.Equal(["keep.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
            (code, _, _) = CliTests.Run("dataset", "--output", target, "--force");
            Assert.Equal(0, code);
            Assert.DoesNotContain("keep.txt", Directory.GetFiles(target).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(target, recursive: true);
        }
    }

    [Fact]
    public void Dataset_WithoutOutput_IsAUsageError() => Assert.Equal(2, CliTests.Run("dataset").Code);
}
