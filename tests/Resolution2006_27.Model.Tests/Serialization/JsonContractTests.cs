using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests.Serialization;

/// <summary>
/// The JSON metadata written by hand (so that trimming and native AOT keep working) against the contract
/// System.Text.Json finds by reflection on the same types with the same options: they must not drift apart.
/// </summary>
public class JsonContractTests
{
    // What reflection finds on the types: the contract the hand-written metadata must equal.
    private static readonly JsonSerializerOptions Reflected = new(ModelJson.Options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static TheoryData<string> JsonTypes() => [.. Reachable().Select(t => t.FullName!)];

    [Fact]
    public void Resolver_KnowsExactlyTheTypesTheJsonHolds() =>
        Assert.Equal(Reachable().Select(Name).Order(), ModelTypeInfoResolver.Types.Select(Name).Order());

    [Theory]
    [MemberData(nameof(JsonTypes))]
    public void Contract_EqualsTheContractReflectionFinds(string typeName)
    {
        var type = Reachable().Single(t => t.FullName == typeName);
        var written = ModelJson.Options.GetTypeInfo(type);
        var reflected = Reflected.GetTypeInfo(type);
        Assert.Equal(reflected.Kind, written.Kind);
        Assert.Equal(reflected.ElementType, written.ElementType);
        // [JsonIgnore] properties are listed by reflection with no getter; they are not part of the contract.
        Assert.Equal(reflected.Properties.Where(p => p.Get is not null).Select(Describe), written.Properties.Select(Describe));
    }

    [Fact]
    public void Contract_WritesEveryEnumWithTheStrictConverter()
    {
        var enums = Reachable().Where(t => t.IsEnum).ToList();
        Assert.Equal(11, enums.Count); // StateStatus, data 2026.4
        Assert.All(enums, e => Assert.StartsWith("StrictEnumConverter", ModelJson.Options.GetTypeInfo(e).Converter.GetType().Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Options_RefuseATypeOutsideTheModel() =>
        Assert.Throws<NotSupportedException>(() => ModelJson.Options.GetTypeInfo(typeof(Uri)));

    [Theory]
    [InlineData("p => p.Text", "Text")]
    [InlineData("x=>x.IsShortForm", "IsShortForm")]
    [InlineData(" r  =>  r . Symbol ", "Symbol")]
    public void GetterName_IsThePropertyTheGetterReads(string getter, string name) => Assert.Equal(name, GetterName.Of(getter));

    [Theory]
    [InlineData("p => q.Text")]
    [InlineData("p => p.Span.Start")]
    [InlineData("p => p.Text.Trim()")]
    [InlineData("p => p")]
    [InlineData("")]
    public void GetterName_RefusesAnythingButOneProperty(string getter) =>
        Assert.Contains(getter, Assert.Throws<ArgumentException>(() => GetterName.Of(getter)).Message, StringComparison.Ordinal);

    private static string Describe(JsonPropertyInfo p) =>
        $"{p.Name}: {p.PropertyType} required={p.IsRequired} getNullable={p.IsGetNullable} setNullable={p.IsSetNullable} " +
        $"declaredBy={p.DeclaringType.Name} member={(p.AttributeProvider as PropertyInfo)?.Name} " +
        $"parameter={p.AssociatedParameter?.Name}@{p.AssociatedParameter?.Position} default={p.AssociatedParameter?.HasDefaultValue}:{p.AssociatedParameter?.DefaultValue} nullable={p.AssociatedParameter?.IsNullable}";

    private static string Name(Type t) => t.FullName!;

    /// <summary>Every type the model's JSON holds, found by walking the reflected contract from <see cref="Resolution"/>.</summary>
    private static List<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>([typeof(Resolution)]);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }
            var info = Reflected.GetTypeInfo(type);
            foreach (var next in info.Properties.Where(p => p.Get is not null).Select(p => p.PropertyType).Append(info.ElementType).Append(Nullable.GetUnderlyingType(type)))
            {
                if (next is not null)
                {
                    queue.Enqueue(next);
                }
            }
        }
        return [.. seen];
    }
}
