namespace Resolution2006_27.Model.Validation;

/// <summary>Limits that keep validation of hostile input bounded in time and memory.</summary>
/// <param name="MaxBytes">The largest input accepted, in bytes; larger input is one problem, unread. The default, 16 MiB, is some forty times the export of 2006/27.</param>
/// <param name="MaxDepth">The deepest nesting accepted; the model nests about a dozen levels. Deeper input is one problem, found without recursion.</param>
/// <param name="MaxProblems">The most problems reported; the rest are summed up in one last problem.</param>
public sealed record ValidatorOptions(long MaxBytes = 16L << 20, int MaxDepth = 64, int MaxProblems = 1000)
{
    /// <summary>The default limits.</summary>
    public static ValidatorOptions Default { get; } = new();
}
