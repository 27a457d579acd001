using System.Text.RegularExpressions;
using Resolution2006_27.Model.Dataset;

namespace Resolution2006_27.Model.Tests.Dataset;

/// <summary>docs/dataset.md documents every table, column, type, key and description the writer writes, in the library's words, and nothing else.</summary>
public class DatasetDocumentationTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestData.RepoRoot, "docs", "dataset.md"));

    private static string TypeName(DatasetColumnType type) => type switch
    {
        DatasetColumnType.String => "string",
        DatasetColumnType.Int32 => "int32",
        DatasetColumnType.NullableInt32 => "int32, nullable",
        DatasetColumnType.Boolean => "boolean",
        DatasetColumnType.Date => "date, nullable",
        _ => "list<string>",
    };

    [Fact]
    public void EveryTable_IsDocumentedWithItsKeyColumnsAndTypes()
    {
        var sections = Regex.Split(Doc[Doc.IndexOf("## Tables", StringComparison.Ordinal)..], @"^### ", RegexOptions.Multiline).Skip(1).ToList();
        Assert.Equal(DatasetSchema.Tables.Select(t => t.Name), sections.Select(s => s[..s.IndexOf('\n', StringComparison.Ordinal)].Trim()));
        foreach (var (table, section) in DatasetSchema.Tables.Zip(sections))
        {
            Assert.Equal(table.Description, Regex.Match(section, @"One row: (?<what>.+)\. Key: ").Groups["what"].Value);
            var key = Regex.Match(section, @"Key: (?<key>[^\n]+)\.").Groups["key"].Value;
            Assert.Equal(table.Key, Regex.Matches(key, "`([^`]+)`").Select(m => m.Groups[1].Value));
            var columns = Regex.Matches(section, @"^\| `(?<name>[^`]+)` \| (?<type>[^|]+) \| (?<what>.+) \|$", RegexOptions.Multiline)
                .Select(m => (m.Groups["name"].Value, m.Groups["type"].Value.Trim(), m.Groups["what"].Value.Trim()));
            Assert.Equal(table.Columns.Select(c => (c.Name, TypeName(c.Type), c.Description)), columns);
        }
    }

    [Fact]
    public void TheVersionsAreTheOnesShipped()
    {
        Assert.Contains($"(now `{DatasetSchema.Version}`)", Doc, StringComparison.Ordinal);
        Assert.Contains($"(`res2006.dataVersion`, now `{ReferenceRegistryVersion}`)", Doc, StringComparison.Ordinal);
    }

    private static string ReferenceRegistryVersion => Model.Registry.ReferenceRegistry.Default.DataVersion;
}
