using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Registry;

namespace Resolution2006_27.Model.Tests;

public class DefaultTests
{
    [Fact]
    public void E2006_27_IsOneInstanceForEveryThread()
    {
        var seen = new Resolution[32];
        Parallel.For(0, seen.Length, i => seen[i] = Resolutions.E2006_27);
        Assert.All(seen, r => Assert.Same(Resolutions.E2006_27, r));
    }

    [Fact]
    public void SeedText_IsTheSeedFileByteForByte() =>
        Assert.Equal(File.ReadAllBytes(TestData.SeedPath), System.Text.Encoding.UTF8.GetBytes(Resolutions.SeedText));

    [Fact]
    public void SeedFile_IsTheSharedSeedUnchanged() =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(TestData.SharedPath, "seeds", "E-RES-2006-27.txt")), File.ReadAllBytes(TestData.SeedPath));

    [Fact]
    public void SeedSha256_StatedForTheEmbeddedModel_IsTheSeedFilesDigest()
    {
        // The embedded model states the seed's digest rather than computing it: it must be the file's, as sha256sum gives it.
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(TestData.SeedPath)));
        Assert.Equal(EmbeddedResources.SeedSha256, digest);
        Assert.Equal(digest, Resolutions.E2006_27.Source.Sha256);
    }

    [Fact]
    public void FromString_OfTheSeedEqualsTheDefaultButForTheSourceName()
    {
        var parsed = Resolutions.FromString(Resolutions.SeedText, ParserOptions.Default with { SourceName = "E-RES-2006-27.txt" });
        Assert.Equal(Resolutions.E2006_27, parsed);
    }

    [Fact]
    public void Fresh_BuildsWhatTheDefaultsHoldThroughThePublicFactories()
    {
        // The tests' way of building afresh (Fresh) must give what the process's defaults give, or the tests
        // that use it would judge something other than what a user gets.
        var registry = Fresh.Registry();
        Assert.NotSame(ReferenceRegistry.Default, registry);
        Assert.Equal(ReferenceRegistry.Default, registry);
        Assert.Equal(Model.Phrases.VerbLexicon.Default.Entries, Fresh.Lexicon().Entries);
        var seed = Fresh.Seed();
        Assert.NotSame(Resolutions.E2006_27, seed);
        Assert.Equal(Resolutions.E2006_27, seed);
    }

    [Fact]
    public void Registry_IsEmbeddedWithItsDataVersion()
    {
        Assert.Equal(Resolutions.DataVersion, ReferenceRegistry.Default.DataVersion);
        Assert.Same(ReferenceRegistry.Default, ReferenceRegistry.Default);
        Assert.Contains(ReferenceRegistry.Default.Instruments, i => i.Id == "untoc");
    }

    [Fact]
    public void Registry_FromStreamReadsTheRepositorysRegistryFile()
    {
        // The default is the curated file, then every State (states.json) after its actors.
        using var stream = File.OpenRead(Path.Combine(TestData.RepoRoot, "src", "Resolution2006_27.Model", "Data", "registry.json"));
        var curated = ReferenceRegistry.FromStream(stream);
        var states = ReferenceRegistry.Default.Actors.Skip(curated.Actors.Count).ToList();
        Assert.Equal(curated with { Actors = ReferenceRegistry.Default.Actors.Take(curated.Actors.Count).ToValueList() }, curated);
        Assert.Equal(curated.Instruments, ReferenceRegistry.Default.Instruments);
        Assert.Equal(201, states.Count);
        Assert.All(states, s => Assert.Equal(Model.Actors.ActorKind.State, s.Kind));
    }

    [Fact]
    public void Registry_FromStreamRejectsTheWrongShape()
    {
        using var stream = new MemoryStream("{\"dataVersion\":\"x\"}"u8.ToArray());
        Assert.Throws<System.Text.Json.JsonException>(() => ReferenceRegistry.FromStream(stream));
    }

    [Fact]
    public void Registry_AliasesStandInTheSeedOrTakeATemplate()
    {
        // Every actor alias the registry offers for 2006/27 is either found in the text or a documented
        // alternative; the ones that must be found are those the model mentions.
        var text = System.Text.RegularExpressions.Regex.Replace(Resolutions.SeedText, @"\s+", " ");
        Assert.All(Resolutions.E2006_27.Actors.Where(a => a.Id != "governmental-organizations" && a.Id != "international-organizations" && a.Id != "intergovernmental-organizations"),
            a => Assert.Contains(a.Aliases, alias => text.Contains(alias, StringComparison.Ordinal)));
    }
}
