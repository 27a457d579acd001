using System.Text.Json;
using System.Text.RegularExpressions;
using Resolution2006_27.Model.Tests;
using Resolution2006_27.Model;

namespace Resolution2006_27.Contract.Tests;

/// <summary>
/// The schema in a second, independent validator: Ajv (draft 2020-12, strict mode, formats), installed
/// by the project's own files (schema/tests/ajv/package-lock.json) with npm on first use.
/// </summary>
public class AjvTests
{
    private static readonly string Runner = Path.Combine(TestData.RepoRoot, "schema", "tests", "ajv");

    private static readonly Lazy<string> Installed = new(() =>
    {
        if (!File.Exists(Path.Combine(Runner, "node_modules", "ajv", "package.json")))
        {
            var (code, output, error) = ProcessRunner.Run("npm", Runner, TimeSpan.FromMinutes(5), "ci", "--no-audit", "--no-fund");
            Assert.True(code == 0, $"npm ci failed in {Runner}:\n{output}\n{error}");
        }
        return Runner;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private static (int Code, string Out, string Err) Node(params string[] args) =>
        ProcessRunner.Run("node", Installed.Value, TimeSpan.FromMinutes(2), ["run.mjs", .. args]);

    [Fact]
    public void Suite_GetsTheSameVerdictsAndPointersFromAjv()
    {
        var (code, output, error) = Node();
        Assert.True(code == 0, output + error);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.RepoRoot, "schema", "tests", "manifest.json")));
        var compared = manifest.RootElement.GetProperty("cases").EnumerateArray().Count(c => c.GetProperty("decidedBy").GetString() is "schema" or "rules");
        Assert.Matches(new Regex($"^ajv: {compared} passed, 0 failed$", RegexOptions.Multiline), output);
    }

    [Fact]
    public void Example_IsValidForAjv()
    {
        var (code, output, _) = Node(Path.Combine(TestData.RepoRoot, "schema", "examples", "e-res-2006-27.json"));
        Assert.Equal(0, code);
        Assert.EndsWith("e-res-2006-27.json: valid\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenExport_IsInvalidForAjvAtItsPointer()
    {
        var (code, output, _) = Node(Path.Combine(TestData.RepoRoot, "schema", "tests", "cases", "011-unknown-enum-value.json"));
        Assert.Equal(1, code);
        Assert.Contains("/operativeParagraphs/0/phrase/class: must be equal to one of the allowed values", output, StringComparison.Ordinal);
    }
}
