using System.Collections.Frozen;
using System.Text.Json;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// The names an enum of the model goes by in JSON and XML: its members' camelCase names, exactly
/// ("memberStates"). One table per enum, built once, for the JSON converter, the registry reader and
/// the Akoma Ntoso writer alike.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> ByValue =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The names, in declaration order, quoted and comma-separated, for messages.</summary>
    public static string List { get; } = string.Join(", ", Enum.GetValues<T>().Select(v => $"\"{ByValue[v]}\""));

    /// <summary>The name of a defined member, or null for an undefined value.</summary>
    public static string? Of(T value) => ByValue.GetValueOrDefault(value);

    /// <summary>The member with exactly this name.</summary>
    public static bool TryParse(string name, out T value) => ByName.TryGetValue(name, out value);
}
