using Resolution2006_27.Model.Tests;

namespace Resolution2006_27.Cli.Tests;

/// <summary>Inputs a user or an attacker may give the tool: each is refused within its bound, with the exit code the README gives.</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class HostileInputTests
{
    [Fact]
    public void Registry_OfEndlessZeros_IsRefusedAtItsBoundAsInvalidInput()
    {
        // /dev/zero never ends: the registry is read to its 16 MiB bound, not whole (it took 1.7 GB and a crash).
        var (code, output, error) = CliTests.Run("asks", "--registry", "/dev/zero");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("larger than 16777216 bytes", error, StringComparison.Ordinal);
        Assert.Contains("ReferenceRegistry.MaxBytes", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_ThatIsNotJson_IsInvalidInput_NamingTheFile()
    {
        var file = Path.Combine(Path.GetTempPath(), $"res2006-registry-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{ \"dataVersion\": ");
        try
        {
            var (code, output, error) = CliTests.Run("asks", "--registry", file);
            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Contains(file, error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("\"actors\": [{0}, {0}], \"instruments\": []", "$.actors[1].id: \"x-org\" is already the id of $.actors[0]")]
    [InlineData("\"actors\": [{0}], \"instruments\": []", null)]
    public void Registry_GivingAnIdTwice_IsInvalidInput_AndAnActorNamedLikeAnInstrumentIsRead(string lists, string? message)
    {
        // An id given twice in one list would be found by no lookup: refused, naming both places. An actor with the id of
        // a built-in instrument ("untoc") is a different entry and is read (it stopped the parser with a stack trace).
        var actor = "{\"id\": \"x-org\", \"name\": \"X\", \"kind\": \"unOrgan\", \"aliases\": [\"Xyz Organization\"], \"shortForms\": [], \"parentId\": null, \"provenance\": {\"source\": \"s\", \"verified\": false, \"note\": null}}";
        if (message is null)
        {
            actor = actor.Replace("x-org", "untoc", StringComparison.Ordinal);
        }
        var file = Path.Combine(Path.GetTempPath(), $"res2006-registry-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "{\"dataVersion\": \"t\", " + string.Format(System.Globalization.CultureInfo.InvariantCulture, lists, actor) + ", \"footnotes\": []}");
        try
        {
            var (code, output, error) = CliTests.Run("asks", "--registry", file, "--addressee", "unodc");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            if (message is null)
            {
                Assert.Equal(0, code);
                Assert.Contains("unodc", output, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(1, code);
                Assert.Equal("", output);
                Assert.Contains(message, error, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("0")]
    public void Validate_WithANonPositiveByteLimit_IsAUsageError(string limit)
    {
        var (code, _, error) = CliTests.Run("validate", "--max-bytes", limit, Path.Combine(TestData.RepoRoot, "schema", "examples", "e-res-2006-27.json"));
        Assert.Equal(2, code);
        Assert.Contains("--max-bytes must be at least 1", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asks")]
    [InlineData("citations")]
    public void Corpus_WithAFileThatCannotBeRead_StopsWithExit1_UnlessKeepGoing(string command)
    {
        var folder = Directory.CreateTempSubdirectory("cli-broken-corpus-").FullName;
        var output = Path.Combine(folder, "out.csv");
        try
        {
            File.Copy(TestData.SeedPath, Path.Combine(folder, "a-seed.txt"));
            File.WriteAllText(Path.Combine(folder, "b-broken.txt"), "not a resolution");
            var (code, _, error) = CliTests.Run(command, "--corpus", folder, "--format", "csv", "--output", output);
            Assert.Equal(1, code);
            Assert.Contains("b-broken.txt could not be read", error, StringComparison.Ordinal);
            Assert.Contains("--keep-going", error, StringComparison.Ordinal);
            Assert.False(File.Exists(output), "nothing is written when the run stops");
            Assert.Empty(Directory.GetFiles(folder, ".*.tmp"));

            var (kept, _, told) = CliTests.Run(command, "--corpus", folder, "--format", "csv", "--output", output, "--keep-going");
            Assert.Equal(0, kept);
            Assert.Contains("1 files left out", told, StringComparison.Ordinal);
            Assert.Contains("E/RES/2006/27", File.ReadAllText(output), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Export_RemovesWhatAKilledRunLeftBehind_AndNothingOfARunningOne()
    {
        var folder = Directory.CreateTempSubdirectory("cli-leftovers-").FullName;
        try
        {
            // A run killed by the file-size limit left ".x.json.<pid>-<guid>.tmp"; a run still writing has one too.
            var abandoned = Path.Combine(folder, $".x.json.{int.MaxValue - 1}-0123456789abcdef.tmp");
            var running = Path.Combine(folder, $".x.json.{Environment.ProcessId}-fedcba9876543210.tmp");
            File.WriteAllText(abandoned, "half");
            File.WriteAllText(running, "being written");
            var (code, _, _) = CliTests.Run("export", "--output", Path.Combine(folder, "x.json"));
            Assert.Equal(0, code);
            Assert.False(File.Exists(abandoned), "the abandoned temporary file is removed");
            Assert.True(File.Exists(running), "another run's temporary file is left alone");
            Assert.True(File.Exists(Path.Combine(folder, "x.json")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Export_ThatCannotWrite_NamesTheTarget_NotItsTemporaryFile()
    {
        var target = "/proc/res2006-target.json";
        var (code, _, error) = CliTests.Run("export", "--output", target);
        Assert.Equal(1, code);
        Assert.Contains(target, error, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Corpus_WithTheSameResolutionTwice_KeepsTheFirst_NamesBothFiles_AndGoesOn()
    {
        // A text and its export are one resolution: read, not a failure; the second is left out and both are named.
        var folder = Directory.CreateTempSubdirectory("cli-twice-").FullName;
        try
        {
            File.Copy(TestData.SeedPath, Path.Combine(folder, "a-seed.txt"));
            File.Copy(TestData.SeedPath, Path.Combine(folder, "b-copy.txt"));
            var (code, output, error) = CliTests.Run("asks", "--corpus", folder, "--addressee", "unodc", "--format", "csv");
            Assert.Equal(0, code);
            Assert.Equal(4, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // the header and OP14-16 once
            Assert.Contains("b-copy.txt", error, StringComparison.Ordinal);
            Assert.Contains("E/RES/2006/27 is already loaded from a-seed.txt", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TextLongerThanMaxChars_IsRefusedNamingTheBoundAndTheOption()
    {
        var file = Path.Combine(TestData.SharedPath, "corpus", "E-RES-2015-23.txt");
        var (code, output, error) = CliTests.Run("asks", "--input", file, "--max-chars", "100");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("more than the limit of 100 (ParserOptions.MaxLength)", error, StringComparison.Ordinal);
        Assert.Contains("--max-chars", error, StringComparison.Ordinal);
        Assert.Equal(0, CliTests.Run("asks", "--input", file, "--max-chars", "100000", "--format", "csv").Code);
    }

    [Fact]
    public void MaxCharsBelowOne_IsAUsageError() => Assert.Equal(2, CliTests.Run("asks", "--max-chars", "0").Code);
}
