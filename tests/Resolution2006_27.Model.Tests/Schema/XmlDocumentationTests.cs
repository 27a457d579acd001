using Resolution2006_27.Model.Actors;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Parts;
using Resolution2006_27.Model.Schema;

namespace Resolution2006_27.Model.Tests.Schema;

/// <summary>How the schema export reads the compiler's XML documentation, on a small file written here.</summary>
public sealed class XmlDocumentationTests : IDisposable
{
    private const string Xml = """
        <?xml version="1.0"?>
        <doc>
          <members>
            <member name="T:Resolution2006_27.Model.Actors.Actor">
              <summary>An entity,
                 named by <see cref="T:Resolution2006_27.Model.Resolution"/>;
                 see <see cref="P:Resolution2006_27.Model.Actors.Actor.Id"/>, <see langword="null"/>, <paramref name="Name"/>,
                 <c>code</c> and <see cref="M:Resolution2006_27.Model.Actors.Actor.IsNamedBy(System.String)"/>.</summary>
              <param name="Id">The actor's id.</param>
            </member>
            <member name="T:Resolution2006_27.Model.Actors.Actor">
              <summary>A second entry for the same name, ignored.</summary>
            </member>
            <member name="P:Resolution2006_27.Model.Actors.Actor.Name">
              <summary>The name, from its own summary.</summary>
            </member>
            <member name="T:Resolution2006_27.Model.Parts.Part">
              <param name="Text">The words of a part.</param>
            </member>
            <member name="T:Resolution2006_27.Model.Collections.ValueList`1">
              <summary>A list.</summary>
            </member>
            <member name="T:Resolution2006_27.Model.Parts.PartId">
              <summary>Names: <see cref="T:Top"/>, <seealso cref="P:Resolution2006_27.Model.Parts.PartId.Short"/>,<!-- not read --> <typeparamref name="T"/>, <see cref="P:A.B"/> and <see>inner</see>.</summary>
            </member>
            <member name="F:Resolution2006_27.Model.Actors.ActorKind.Other">
              <summary>Anyone else.</summary>
            </member>
          </members>
        </doc>
        """;

    private readonly string path = Path.Combine(Path.GetTempPath(), $"docs-{Guid.NewGuid():N}.xml");
    private readonly XmlDocumentation docs;

    public XmlDocumentationTests()
    {
        File.WriteAllText(path, Xml);
        docs = XmlDocumentation.Load(path);
    }

    public void Dispose() => File.Delete(path);

    [Fact]
    public void Type_IsItsSummaryWithReferencesAsNamesAndSpacesFolded() =>
        Assert.Equal("An entity, named by Resolution; see Actor.Id, null, Name, code and Actor.IsNamedBy.", docs.Type(typeof(Actor)));

    [Fact]
    public void Type_ReadsEveryKindOfReferenceAndSkipsComments() =>
        Assert.Equal("Names: Top, PartId.Short, T, A.B and inner.", docs.Type(typeof(PartId)));

    [Fact]
    public void Type_OfAGenericTypeIsFoundByItsDefinition() => Assert.Equal("A list.", docs.Type(typeof(ValueList<string>)));

    [Fact]
    public void Type_WithoutDocumentationIsNull() => Assert.Null(docs.Type(typeof(Resolution)));

    [Fact]
    public void Property_IsItsRecordParameter() => Assert.Equal("The actor's id.", docs.Property(typeof(Actor), typeof(Actor).GetProperty("Id")!));

    [Fact]
    public void Property_WithoutAParameterIsItsOwnSummary() => Assert.Equal("The name, from its own summary.", docs.Property(typeof(Actor), typeof(Actor).GetProperty("Name")!));

    [Fact]
    public void Property_IsFoundOnTheBaseRecord() => Assert.Equal("The words of a part.", docs.Property(typeof(OperativeParagraph), typeof(OperativeParagraph).GetProperty("Text")!));

    [Fact]
    public void Property_WithoutDocumentationIsNull() => Assert.Null(docs.Property(typeof(Actor), typeof(Actor).GetProperty("Kind")!));

    [Fact]
    public void Field_IsItsSummary()
    {
        Assert.Equal("Anyone else.", docs.Field(typeof(ActorKind), "Other"));
        Assert.Null(docs.Field(typeof(ActorKind), "MemberStates"));
    }
}
