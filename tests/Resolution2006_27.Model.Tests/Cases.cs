namespace Resolution2006_27.Model.Tests;

/// <summary>
/// How many cases each property test tries. A mutation run (docs/measure/mutation.sh, which sets
/// <c>RES2006_MUTATION_RUN=true</c> for the tests' build) runs the suite once per mutant, so there each
/// property tries a hundredth of its cases: the score it reports is then a floor for the full suite's.
/// </summary>
internal static class Cases
{
#if MUTATION
    private const int Scale = 100;
#else
    private const int Scale = 1;
#endif

    public const int GeneratedResolutions = 5000 / Scale;
    public const int GeneratedWarnings = 500 / Scale;
    public const int JsonRoundTrips = 300 / Scale;
    public const int ArbitraryTexts = 2000 / Scale;
    public const int DamagedSeeds = 3000 / Scale;
    public const int SchemaValidModels = 200 / Scale;
    public const int DamagedExports = 3000 / Scale;

    /// <summary>Of the canonical export's values, every this many is changed in each wrong way (SchemaFastPathTests).</summary>
    public const int ChangedExportStride = 7 * Scale;

    /// <summary>At least this many changed exports are judged by both validators (SchemaFastPathTests).</summary>
    public const int ChangedExports = 3000 / Scale;

    /// <summary>
    /// Of the development corpus, every this many files feed the dataset tests (DatasetTests), with the files their
    /// facts are read off: the dataset is written afresh for every mutant, and the whole corpus takes minutes there.
    /// </summary>
    public static readonly int DevCorpusStride = Scale == 1 ? 1 : 10;
}
