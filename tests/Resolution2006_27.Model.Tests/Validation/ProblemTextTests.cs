using Resolution2006_27.Model.Validation;

namespace Resolution2006_27.Model.Tests.Validation;

/// <summary>How a problem reads in one line: the tool prints these, and researchers grep them.</summary>
public class ProblemTextTests
{
    [Fact]
    public void ModelProblemToString_NamesPointerRuleExpectationAndFinding() =>
        Assert.Equal("/actors/1/parentId: reference-resolves: expected an actor, found 'x'",
            new ModelProblem("/actors/1/parentId", "reference-resolves", "an actor", "'x'").ToString());

    [Fact]
    public void ModelProblemToString_WritesTheWholeDocumentAsSlash() =>
        Assert.Equal("/: source-text: expected a, found b", new ModelProblem("", "source-text", "a", "b").ToString());

    [Fact]
    public void ValidationProblemToString_StartsWithLineAndColumn() =>
        Assert.Equal("3:14 /operativeParagraphs/0/number: minimum: expected at least 1, found 0",
            new ValidationProblem(ProblemLayer.Schema, "/operativeParagraphs/0/number", 3, 14, "minimum", "at least 1", "0").ToString());

    [Fact]
    public void ValidationProblemToString_WritesTheWholeDocumentAsSlash() =>
        Assert.Equal("1:1 /: syntax: expected a value, found the end",
            new ValidationProblem(ProblemLayer.Syntax, "", 1, 1, "syntax", "a value", "the end").ToString());
}
