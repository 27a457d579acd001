using System.Text.Json;
using Resolution2006_27.Model.Tests;
using Resolution2006_27.Model.Validation;
using Resolution2006_27.Model;

namespace Resolution2006_27.Contract.Tests;

/// <summary>Runs schema/tests/manifest.json: every case's verdict, layer and pointer. .ci/run runs the same cases through Ajv.</summary>
public class ConformanceTests
{
    private static readonly string Suite = Path.Combine(TestData.RepoRoot, "schema", "tests");

    public static TheoryData<string, bool, string, string?> Cases()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Suite, "manifest.json")));
        var data = new TheoryData<string, bool, string, string?>();
        foreach (var c in manifest.RootElement.GetProperty("cases").EnumerateArray())
        {
            data.Add(c.GetProperty("file").GetString()!, c.GetProperty("valid").GetBoolean(), c.GetProperty("decidedBy").GetString()!,
                c.TryGetProperty("pointer", out var pointer) ? pointer.GetString() : null);
        }
        return data;
    }

    [Fact]
    public void Suite_HasAtLeastThirtyCasesCoveringEveryLayer()
    {
        var cases = Cases().Select(row => row.Data).ToList();
        Assert.True(cases.Count >= 30, $"{cases.Count} cases");
        Assert.Contains(cases, c => c.Item2);
        Assert.All(new[] { "schema", "rules", "syntax", "input" }, layer => Assert.Contains(cases, c => !c.Item2 && c.Item3 == layer));
        Assert.Equal(cases.Count, Directory.GetFiles(Path.Combine(Suite, "cases"), "*.json").Length);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_GetsItsVerdictLayerAndPointer(string file, bool valid, string decidedBy, string? pointer)
    {
        var report = ResolutionValidator.ValidateFile(Path.Combine(Suite, "cases", file));
        Assert.True(valid == report.IsValid, $"{file}: expected {(valid ? "valid" : "invalid")}, got {string.Join("; ", report.Problems)}");
        if (valid)
        {
            Assert.NotNull(report.Resolution);
            return;
        }
        Assert.Equal(decidedBy, report.Problems[0].Layer.ToString().ToLowerInvariant());
        if (pointer is not null)
        {
            Assert.Contains(pointer, report.Problems.Select(p => p.Pointer));
        }
        Assert.All(report.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
    }
}
