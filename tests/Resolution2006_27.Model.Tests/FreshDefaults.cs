using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Registry;

[assembly: AssemblyFixture(typeof(Resolution2006_27.Model.Tests.FreshDefaults))]

namespace Resolution2006_27.Model.Tests;

/// <summary>
/// What <see cref="Fresh"/> gives the tests of one run of this assembly: built through the public factories on
/// first use in the run, and shared by its tests (the values are immutable). xunit builds an assembly fixture at
/// the start of each run and disposes of it at the end, so a runner that reuses its process for many runs (a
/// mutation run: one run per mutant) gets new ones each time, built by the library as that run has it.
/// </summary>
public sealed class FreshDefaults
{
    private readonly Lazy<ReferenceRegistry> registry = new(Fresh.ReadRegistry);
    private readonly Lazy<VerbLexicon> lexicon = new(Fresh.NewLexicon);
    private readonly Lazy<ParserOptions> options;
    private readonly Lazy<Resolution> seed;

    /// <summary>Sets up the values, each built on first use.</summary>
    public FreshDefaults()
    {
        options = new(() => new ParserOptions(Registry, Lexicon));
        seed = new(() => Fresh.ParseSeed(Options));
    }

    /// <summary>The embedded registry, read anew.</summary>
    public ReferenceRegistry Registry => registry.Value;

    /// <summary>The built-in lexicon, indexed anew.</summary>
    public VerbLexicon Lexicon => lexicon.Value;

    /// <summary>Parser options of those two.</summary>
    public ParserOptions Options => options.Value;

    /// <summary>The seed parsed with those options.</summary>
    public Resolution Seed => seed.Value;
}
