using System.Text.Json;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// The names an enum of the model goes by in JSON and XML: its members' camelCase names, exactly
/// ("memberStates"). One table per enum, built once, for the JSON converter, the registry reader and
/// the Akoma Ntoso writer alike.
/// </summary>
/// <remarks>
/// Two arrays looked over in order, not a dictionary: the model's enums have at most a few dozen members, and a
/// frozen dictionary keyed by an enum is a generic instantiation over a value type that the JIT compiles afresh
/// for each enum at start-up (about ten milliseconds each in a first query of the framework-dependent tool),
/// where a loop over an array costs nothing to build.
/// </remarks>
/// <typeparam name="T">The enum type.</typeparam>
internal static class EnumNames<T>
    where T : struct, Enum
{
    private static readonly T[] Values = Enum.GetValues<T>();

    private static readonly string[] Names = NamesOf(Values);

    /// <summary>The names, in declaration order, quoted and comma-separated, for messages.</summary>
    public static string List { get; } = "\"" + string.Join("\", \"", Names) + "\"";

    /// <summary>The name of a defined member, or null for an undefined value.</summary>
    public static string? Of(T value)
    {
        for (var i = 0; i < Values.Length; i++)
        {
            if (EqualityComparer<T>.Default.Equals(Values[i], value))
            {
                return Names[i];
            }
        }

        return null;
    }

    /// <summary>The member with exactly this name.</summary>
    public static bool TryParse(string name, out T value)
    {
        var i = Array.IndexOf(Names, name);
        value = i < 0 ? default : Values[i];
        return i >= 0;
    }

    private static string[] NamesOf(T[] values)
    {
        var names = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            names[i] = JsonNamingPolicy.CamelCase.ConvertName(values[i].ToString());
        }

        return names;
    }
}
