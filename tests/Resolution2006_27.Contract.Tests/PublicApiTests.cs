using PublicApiGenerator;
using Resolution2006_27.Model.Tests;
using Resolution2006_27.Model;

namespace Resolution2006_27.Contract.Tests;

/// <summary>
/// The library's public surface as text, committed as PublicApi.approved.txt: any change to it fails
/// here until the file is updated on purpose, so every API change shows in review.
/// </summary>
public class PublicApiTests
{
    private static readonly string Approved = Path.Combine(TestData.RepoRoot, "tests", "Resolution2006_27.Contract.Tests", "PublicApi.approved.txt");

    [Fact]
    public void PublicApi_IsTheApprovedOne()
    {
        var current = typeof(Resolution).Assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] })
            .ReplaceLineEndings("\n");
        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : "";
        if (current != approved)
        {
            var received = Approved.Replace(".approved.txt", ".received.txt", StringComparison.Ordinal);
            File.WriteAllText(received, current);
            Assert.Fail($"The public API changed. Review the difference, then approve it with:\n  mv {received} {Approved}");
        }
    }
}
