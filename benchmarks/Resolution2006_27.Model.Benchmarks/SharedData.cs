namespace Resolution2006_27.Model.Benchmarks;

/// <summary>The team's shared material (../shared beside the repository), found from the working folder up.</summary>
internal static class SharedData
{
    public static string CorpusDev { get; } = Find(Path.Combine("shared", "corpus-dev"));

    private static string Find(string relative)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No {relative} above {Directory.GetCurrentDirectory()}: run the benchmarks from the repository, with ../shared beside it.");
    }
}
