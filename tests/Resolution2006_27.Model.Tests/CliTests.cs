using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>The tool, run as a user runs it: a process, its output, its exit code.</summary>
public class CliTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "res2006.dll");

    internal static (int Code, string Out, string Err) Run(params string[] args) =>
        ProcessRunner.Run("dotnet", null, TimeSpan.FromSeconds(60), [Tool, .. args]);

    /// <summary>Runs <paramref name="test"/> with a fresh temporary file path, and deletes the file after.</summary>
    private static void WithTempFile(string extension, Action<string> test)
    {
        var file = Path.Combine(Path.GetTempPath(), $"res2006-{Guid.NewGuid():N}{extension}");
        try
        {
            test(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Export_PrintsTheWholeModelAsJson()
    {
        var (code, output, error) = Run("export", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(Resolutions.E2006_27, ModelJson.Deserialize(output));
    }

    [Fact]
    public void Export_WritesAWholeFileWithOutput() => WithTempFile(".json", file =>
    {
        var (code, output, _) = Run("export", "--output", file);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal(Resolutions.E2006_27, ModelJson.Deserialize(File.ReadAllText(file)));
    });

    [Fact]
    public void Export_OfAnotherTextTakesInput() => WithTempFile(".txt", file =>
    {
        File.WriteAllText(file, TestData.SeedText.Replace("Decrying", "Deploring", StringComparison.Ordinal));
        var (code, output, _) = Run("export", "--input", file);
        Assert.Equal(0, code);
        Assert.Equal("deplore", ModelJson.Deserialize(output).Preamble.Paragraphs[9].Phrases[0].Lemma);
    });

    [Fact]
    public void UnknownOption_IsAUsageErrorOnStandardError()
    {
        var (code, output, error) = Run("export", "--frobnicate");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_IsAUsageError() => Assert.Equal(2, Run("export", "--format", "yaml").Code);

    [Fact]
    public void MissingInputFile_IsAUsageErrorThatNamesIt()
    {
        var (code, output, error) = Run("export", "--input", "/nonexistent/dir/x.txt");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("/nonexistent/dir/x.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenInput_FailsWithLineAndColumnAndNoStackTrace() => WithTempFile(".txt", file =>
    {
        File.WriteAllText(file, TestData.SeedText.Replace(" 3. Invites", " 4. Invites", StringComparison.Ordinal));
        var (code, output, error) = Run("export", "--input", file);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("(line 138, column 2)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    });

    [Fact]
    public void Help_ListsTheExportCommand()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("export", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OfTheExampleIsValid()
    {
        var (code, output, error) = Run("validate", Path.Combine(TestData.RepoRoot, "schema", "examples", "e-res-2006-27.json"));
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("e-res-2006-27.json: valid (E/RES/2006/27, 20 preambular and 18 operative paragraphs)\n", output);
    }

    [Fact]
    public void Validate_OfAnInvalidExportListsTheProblemsAndExitsOne() => WithTempFile(".json", file =>
    {
        File.WriteAllText(file, ModelJson.Serialize(Resolutions.E2006_27).Replace("\"number\": 3,", "\"number\": 5,", StringComparison.Ordinal));
        var (code, output, _) = Run("validate", file);
        Assert.Equal(1, code);
        Assert.Contains($"{Path.GetFileName(file)}:1740:7: /operativeParagraphs/2/number: contiguous-numbering: expected 3, found 5", output, StringComparison.Ordinal);
        Assert.EndsWith("invalid, 4 problems\n", output, StringComparison.Ordinal);
    });

    [Fact]
    public void Validate_AsJsonGivesTheProblemsAsAnArray() => WithTempFile(".json", file =>
    {
        File.WriteAllText(file, "{\"symbol\": 1}");
        var (code, output, _) = Run("validate", file, "--format", "json");
        Assert.Equal(1, code);
        using var problems = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains(problems.RootElement.EnumerateArray(), p => p.GetProperty("pointer").GetString() == "/symbol" && p.GetProperty("rule").GetString() == "type");
    });

    [Fact]
    public void Validate_OfAMissingFileIsAUsageError()
    {
        var (code, output, error) = Run("validate", "/nonexistent/export.json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("/nonexistent/export.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithoutAFileIsAUsageError() => Assert.Equal(2, Run("validate").Code);

    [Fact]
    public void Schema_PrintsThePublishedSchema()
    {
        var (code, output, _) = Run("schema");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(TestData.RepoRoot, "schema", "resolution.schema.json")), output);
    }
}
