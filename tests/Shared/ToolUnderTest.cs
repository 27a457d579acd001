namespace Resolution2006_27.Model.Tests;

/// <summary>
/// The tool the end-to-end tests run: the JIT build beside the tests (<c>dotnet res2006.dll</c>), or the
/// executable named by <c>RES2006_EXECUTABLE</c> (the native AOT build that .ci/run publishes), so that
/// the same tests judge both builds. Those tests carry the trait <c>Category=EndToEnd</c>.
/// </summary>
internal static class ToolUnderTest
{
    public const string Trait = "Category";
    public const string EndToEnd = "EndToEnd";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static (int Code, string Out, string Err) Run(string? workingDirectory, params string[] args) =>
        Environment.GetEnvironmentVariable("RES2006_EXECUTABLE") is { Length: > 0 } executable
            ? ProcessRunner.Run(executable, workingDirectory, Limit, args)
            : ProcessRunner.Run("dotnet", workingDirectory, Limit, [Path.Combine(AppContext.BaseDirectory, "res2006.dll"), .. args]);
}
