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
    /// Every printed text the project reads: the two of ../shared/corpus, the seed and every file of ../shared/corpus-dev,
    /// for tests that hold a hand reading to the pattern it replaced wherever real text gives it work.
    /// </summary>
    public static IEnumerable<string> AllPrintedTexts() =>
        new[] { "A-RES-70-179.txt", "E-RES-2015-23.txt" }.Select(CorpusText).Append(SeedText)
            .Concat(Directory.GetFiles(Path.Combine(SharedPath, "corpus-dev"), "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText));

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
