using Resolution2006_27.Model.Diagnostics;
namespace Resolution2006_27.Model.Tests;

/// <summary>Paths to the repository's files and to ../shared, found from the test binary's folder.</summary>
internal static class TestData
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SeedPath => Path.Combine(RepoRoot, "seeds", "E-RES-2006-27.txt");

    public static string SeedText => File.ReadAllText(SeedPath);

    public static string[] SeedLines => SeedText.Split('\n');

    /// <summary>../shared beside the repository (CI lays a copy there).</summary>
    public static string SharedPath => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));

    /// <summary>The printed text of a resolution in ../shared/corpus, such as "A-RES-70-179.txt".</summary>
    public static string CorpusText(string file) => File.ReadAllText(Path.Combine(SharedPath, "corpus", file));

    /// <summary>
    /// Reads <paramref name="text"/> as a user would by default (a model, with diagnostics) and strictly (refused):
    /// gives the model and the one diagnostic with <paramref name="id"/>, and checks that strict mode refuses the text.
    /// </summary>
    public static (Resolution Resolution, Diagnostic Diagnostic) Diagnosed(string text, string id)
    {
        var result = Model.Parsing.ResolutionParser.ParseWithWarnings(text);
        var found = Assert.Single(result.Diagnostics, d => d.Id == id);
        var strict = Assert.Throws<ResolutionParseException>(() => Model.Parsing.ResolutionParser.Parse(text, ParserOptions.Default with { Strict = true }));
        Assert.Equal(DiagnosticSeverity.Error, strict.Diagnostic.Severity);
        return (result.Resolution, found);
    }

    /// <summary><paramref name="text"/> with its first <paramref name="from"/> replaced: one fault, placed by hand.</summary>
    public static string ReplaceFirst(string text, string from, string to)
    {
        var index = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{from}' is not in the text");
        return text[..index] + to + text[(index + from.Length)..];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Resolution2006_27.Model.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository root (with Resolution2006_27.Model.sln) was not found above " + AppContext.BaseDirectory);
    }
}
