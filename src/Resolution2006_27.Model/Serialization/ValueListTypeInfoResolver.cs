using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Resolution2006_27.Model.Collections;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// Tells System.Text.Json that <see cref="ValueList{T}"/> is an immutable collection built from its
/// items, so it is written and read as a JSON array and exported as an array schema. Metadata only:
/// no source generator.
/// </summary>
internal sealed class ValueListTypeInfoResolver : IJsonTypeInfoResolver
{
    private static readonly MethodInfo CreateMethod =
        typeof(ValueListTypeInfoResolver).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The model's ValueList item types are reference types and enums known at build time.")]
    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
    {
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ValueList<>))
        {
            return null;
        }
        return (JsonTypeInfo)CreateMethod.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [options])!;
    }

    private static JsonTypeInfo<ValueList<T>> Create<T>(JsonSerializerOptions options) =>
        JsonMetadataServices.CreateImmutableEnumerableInfo<ValueList<T>, T>(
            options,
            new JsonCollectionInfoValues<ValueList<T>>(),
            items => new ValueList<T>(items));
}
