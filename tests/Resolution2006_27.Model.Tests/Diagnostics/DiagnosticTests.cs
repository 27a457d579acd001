using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Diagnostics;
using Resolution2006_27.Model.Text;

namespace Resolution2006_27.Model.Tests.Diagnostics;

/// <summary>
/// A diagnostic prints as compilers print theirs, "source:line:column: severity ID: message", which editors and
/// CI logs turn into links; its data is read by name.
/// </summary>
public class DiagnosticTests
{
    private static readonly Diagnostic Unnumbered = new(DiagnosticIds.UnnumberedParagraph, DiagnosticSeverity.Warning, "an operative paragraph without a number", new SourceSpan(120, 9, 14, 7));

    [Fact]
    public void ToString_WritesSourceLineColumnSeverityIdAndMessage() => Assert.Equal(
        $"A-RES-70-1.txt:14:7: warning {DiagnosticIds.UnnumberedParagraph}: an operative paragraph without a number",
        (Unnumbered with { Source = "A-RES-70-1.txt" }).ToString());

    [Fact]
    public void ToString_WithoutASource_StartsAtTheLine() => Assert.Equal(
        $"14:7: warning {DiagnosticIds.UnnumberedParagraph}: an operative paragraph without a number", Unnumbered.ToString());

    [Theory]
    [InlineData(DiagnosticSeverity.Info, "info")]
    [InlineData(DiagnosticSeverity.Warning, "warning")]
    [InlineData(DiagnosticSeverity.Error, "error")]
    public void SeverityName_IsTheLowerCaseName(DiagnosticSeverity severity, string name)
    {
        Assert.Equal(name, Diagnostic.SeverityName(severity));
        Assert.Contains($" {name} ", (Unnumbered with { Severity = severity }).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AsError_KeepsAllButTheSeverity()
    {
        var error = (Unnumbered with { Source = "x.txt" }).AsError();
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal((Unnumbered with { Source = "x.txt" }) with { Severity = DiagnosticSeverity.Error }, error);
    }

    [Fact]
    public void PositionIsTheSpansStart()
    {
        Assert.Equal((14, 7, 120), (Unnumbered.Line, Unnumbered.Column, Unnumbered.Offset));
    }

    [Fact]
    public void DataValue_IsReadByName()
    {
        var problem = Unnumbered with { Data = ValueList.Of(KeyValuePair.Create("pointer", "/symbol"), KeyValuePair.Create("rule", "pattern")) };
        Assert.Equal("/symbol", problem.DataValue("pointer"));
        Assert.Equal("pattern", problem.DataValue("rule"));
        Assert.Null(problem.DataValue("expected"));
        Assert.Null(Unnumbered.DataValue("pointer"));
    }
}
