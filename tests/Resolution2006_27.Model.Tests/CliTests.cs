using System.Diagnostics;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests;

/// <summary>The tool, run as a user runs it: a process, its output, its exit code.</summary>
public class CliTests
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "res2006.dll");

    internal static (int Code, string Out, string Err) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("res2006 " + string.Join(" ", args) + " did not finish within 60 s");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

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
    public void MissingInputFile_FailsWithItsName()
    {
        var (code, output, error) = Run("export", "--input", "/nonexistent/dir/x.txt");
        Assert.Equal(1, code);
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
}
