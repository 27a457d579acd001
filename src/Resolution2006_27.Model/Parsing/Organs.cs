namespace Resolution2006_27.Model.Parsing;

/// <summary>The organs that adopt resolutions: the prefix of their document symbols and their AKN4UN actor code.</summary>
internal static class Organs
{
    private static readonly Dictionary<string, (string Name, string SymbolPrefix, string AknCode)> ById = new()
    {
        ["general-assembly"] = ("General Assembly", "A/RES/", "un-ga"),
        ["ecosoc"] = ("Economic and Social Council", "E/RES/", "un-ecosoc"),
        ["security-council"] = ("Security Council", "S/RES/", "un-sc"),
        ["human-rights-council"] = ("Human Rights Council", "A/HRC/RES/", "un-hrc"),
    };

    public static string SymbolPrefix(string organId) => ById.TryGetValue(organId, out var organ) ? organ.SymbolPrefix : "";

    public static string AknCode(string organId) => ById.TryGetValue(organId, out var organ) ? organ.AknCode : "un-" + organId;

    public static bool Adopts(string actorId) => ById.ContainsKey(actorId);

    /// <summary>The names of the organs as a regular-expression alternation, with ECOSOC's abbreviation: "General Assembly|...|ECOSOC".</summary>
    public static string NamePattern { get; } = string.Join("|", ById.Values.Select(o => o.Name).Append("ECOSOC"));

    /// <summary>The organ named <paramref name="name"/> ("General Assembly"), or null.</summary>
    public static string? ByName(string name) => ById.FirstOrDefault(o => o.Value.Name == name).Key;
}
