using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Resolution2006_27.Model.Serialization;

/// <summary>
/// The JSON contract of one positional record, written by hand rather than discovered by reflection
/// when the program runs, so that it survives trimming and native AOT without a source generator.
/// The properties are listed in their JSON order with typed getters; the record's public constructor,
/// its parameters and the properties' attributes (read by the schema export) come from metadata that
/// the trimmer keeps because <typeparamref name="T"/> says which members are used.
/// </summary>
/// <typeparam name="T">The record.</typeparam>
internal sealed class RecordContract<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties)] T>
    where T : notnull
{
    private readonly List<Member> members = [];

    /// <summary>Adds a property that is never null, named by its getter: <c>p =&gt; p.Text</c> is "Text".</summary>
    public RecordContract<T> Property<TValue>(Func<T, TValue> get, [CallerArgumentExpression(nameof(get))] string getter = "") =>
        Add(new Member<TValue>(GetterName.Of(getter), get, IsNullable: false));

    /// <summary>Adds a property that may be null.</summary>
    public RecordContract<T> Nullable<TValue>(Func<T, TValue?> get, [CallerArgumentExpression(nameof(get))] string getter = "") =>
        Add(new Member<TValue?>(GetterName.Of(getter), get, IsNullable: true));

    /// <summary>The metadata System.Text.Json serializes and deserializes <typeparamref name="T"/> with.</summary>
    /// <exception cref="InvalidOperationException">The contract does not match the record: a property or constructor parameter is missing.</exception>
    public JsonTypeInfo<T> Build(JsonSerializerOptions options)
    {
        // Records have one public constructor, the primary one; the copy constructor is not public.
        var constructor = typeof(T).GetConstructors().Single();
        var invoker = ConstructorInvoker.Create(constructor);
        var parameters = constructor.GetParameters();
        var properties = members.Select(m => (Member: m, Info: typeof(T).GetProperty(m.Name)
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no property {m.Name}."))).ToList();
        return JsonMetadataServices.CreateObjectInfo(options, new JsonObjectInfoValues<T>
        {
            // The serializer may hand over a pooled array longer than the parameter list.
            ObjectWithParameterizedConstructorCreator = args => (T)invoker.Invoke(new Span<object?>(args, 0, parameters.Length)),
            ConstructorAttributeProviderFactory = () => constructor,
            ConstructorParameterMetadataInitializer = () => [.. parameters.Select(Parameter)],
            PropertyMetadataInitializer = _ => [.. properties.Select(p => p.Member.Create(options, p.Info))],
        });
    }

    private RecordContract<T> Add(Member member)
    {
        members.Add(member);
        return this;
    }

    private JsonParameterInfoValues Parameter(ParameterInfo parameter)
    {
        var member = members.SingleOrDefault(m => string.Equals(m.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"The JSON contract of {typeof(T).Name} lists no property for its constructor parameter {parameter.Name}.");
        return new JsonParameterInfoValues
        {
            Name = parameter.Name!,
            ParameterType = parameter.ParameterType,
            Position = parameter.Position,
            HasDefaultValue = parameter.HasDefaultValue,
            DefaultValue = parameter.HasDefaultValue ? parameter.DefaultValue : null,
            IsNullable = member.IsNullable,
        };
    }

    private abstract record Member(string Name, bool IsNullable)
    {
        public abstract JsonPropertyInfo Create(JsonSerializerOptions options, PropertyInfo property);
    }

    private sealed record Member<TValue>(string Name, Func<T, TValue> Get, bool IsNullable) : Member(Name, IsNullable)
    {
        public override JsonPropertyInfo Create(JsonSerializerOptions options, PropertyInfo property)
        {
            var info = JsonMetadataServices.CreatePropertyInfo(options, new JsonPropertyInfoValues<TValue>
            {
                IsProperty = true,
                IsPublic = true,
                DeclaringType = property.DeclaringType!,
                PropertyName = Name,
                Getter = o => Get((T)o),
                AttributeProviderFactory = () => property,
            });
            if (!typeof(TValue).IsValueType)
            {
                info.IsGetNullable = IsNullable;
                info.IsSetNullable = IsNullable;
            }
            return info;
        }
    }
}

/// <summary>Reads a property's name off the text of its getter, as the compiler passes it.</summary>
internal static class GetterName
{
    // No [GeneratedRegex]: it is a Roslyn source generator, and the library is Roslyn-free.
    private static readonly Regex Pattern = new(@"^\s*(?<x>\w+)\s*=>\s*\k<x>\s*\.\s*(?<name>\w+)\s*$", RegexOptions.CultureInvariant);

    /// <summary>"p => p.Text" names the property Text; anything else is a mistake in the contract.</summary>
    public static string Of(string getter) =>
        Pattern.Match(getter) is { Success: true } match
            ? match.Groups["name"].Value
            : throw new ArgumentException($"A contract property is named by a getter of the form \"x => x.Name\", not \"{getter}\".", nameof(getter));
}
