using System.Text.RegularExpressions;
using Resolution2006_27.Model.Tests;
using Resolution2006_27.Model;

namespace Resolution2006_27.Contract.Tests;

/// <summary>
/// Every command the READMEs show is run here, from the repository's root, against the built tool, so
/// that no example goes stale. Files an example writes go to a temporary folder instead. (The C# examples
/// are compiled and run against the package by .ci/install-proof.)
/// </summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class ReadmeExampleTests
{
    private static readonly Regex Command = new(@"^(?:dotnet run --project src/Resolution2006_27\.Cli --|res2006) (?<args>.+)$", RegexOptions.Multiline);

    /// <summary>The shell blocks of the READMEs, each with its commands in order (a block may use a file the one before wrote).</summary>
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "README.md", Path.Combine("src", "Resolution2006_27.Model", "PACKAGE.md") })
        {
            var text = File.ReadAllText(Path.Combine(TestData.RepoRoot, file));
            foreach (Match block in Regex.Matches(text, @"^```sh\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                var commands = Command.Matches(block.Groups["body"].Value).Select(m => m.Groups["args"].Value.Trim()).ToList();
                if (commands.Count > 0)
                {
                    data.Add(Path.GetFileName(file), string.Join("\n", commands));
                }
            }
        }
        return data;
    }

    [Fact]
    public void Examples_AreFound() => Assert.True(Examples().Sum(e => e.Data.Item2.Split('\n').Length) >= 15, $"{Examples().Count} blocks");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_RunsAndSucceeds(string readme, string block)
    {
        var temp = Directory.CreateTempSubdirectory("readme-").FullName;
        try
        {
            foreach (var example in block.Split('\n'))
            {
                var args = Arguments(example, temp);
                var (code, _, error) = ToolUnderTest.Run(TestData.RepoRoot, args);
                Assert.True(code == 0, $"{readme}: res2006 {example}\nexit {code}: {error}");
            }
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    /// <summary>
    /// The example's words, without its comment and redirection; its output file goes to <paramref name="temp"/>,
    /// and a file an earlier example of the block wrote there is read from there.
    /// </summary>
    private static string[] Arguments(string example, string temp)
    {
        var words = Regex.Replace(example, @"\s+#.*$|\s*>\s*\S+$", "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var output = words.IndexOf("--output");
        if (output >= 0)
        {
            words[output + 1] = Path.Combine(temp, Path.GetFileName(words[output + 1]));
        }
        return [.. words.Select(w => File.Exists(Path.Combine(temp, w)) ? Path.Combine(temp, w) : w)];
    }
}
