namespace Resolution2006_27.Model.Parsing;

/// <summary>The organs that adopt resolutions: the prefix of their document symbols and their AKN4UN actor code.</summary>
internal static class Organs
{
    // A record, not a value tuple: a dictionary of reference values shares the framework's precompiled code, where one
    // of tuples is compiled afresh by the JIT in every framework-dependent start-up (some twenty methods).
    private static readonly Dictionary<string, Organ> ById = new()
    {
        ["general-assembly"] = new("General Assembly", "A/RES/", "un-ga"),
        ["ecosoc"] = new("Economic and Social Council", "E/RES/", "un-ecosoc"),
        ["security-council"] = new("Security Council", "S/RES/", "un-sc"),
        ["human-rights-council"] = new("Human Rights Council", "A/HRC/RES/", "un-hrc"),
    };

    public static string SymbolPrefix(string organId) => ById.TryGetValue(organId, out var organ) ? organ.SymbolPrefix : "";

    public static string AknCode(string organId) => ById.TryGetValue(organId, out var organ) ? organ.AknCode : "un-" + organId;

    public static bool Adopts(string actorId) => ById.ContainsKey(actorId);

    /// <summary>The names of the organs as a regular-expression alternation, with ECOSOC's abbreviation: "General Assembly|...|ECOSOC".</summary>
    public static string NamePattern { get; } = string.Join("|", ById.Values.Select(o => o.Name).Append("ECOSOC"));

    /// <summary>The organ named <paramref name="name"/> ("General Assembly"), or null.</summary>
    public static string? ByName(string name) => ById.FirstOrDefault(o => o.Value.Name == name).Key;

    private sealed record Organ(string Name, string SymbolPrefix, string AknCode);
}
