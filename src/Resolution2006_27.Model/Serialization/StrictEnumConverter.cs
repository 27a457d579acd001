using System.Text.Json;
using System.Text.Json.Serialization;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// Writes an enum as its camelCase name and reads back only that exact name: no integers, no other
/// casing, no comma-separated flags. The JSON contract is what the schema says, and nothing looser.
/// </summary>
/// <typeparam name="T">The enum type.</typeparam>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {typeof(T).Name} as one of the strings {EnumNames<T>.List}, found {reader.TokenType}.");
        }
        var name = reader.GetString()!;
        return EnumNames<T>.TryParse(name, out var value)
            ? value
            : throw new JsonException($"\"{name}\" is not a {typeof(T).Name}: expected one of {EnumNames<T>.List}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EnumNames<T>.Of(value) ?? throw new JsonException($"{value} is not a defined {typeof(T).Name}."));
}
