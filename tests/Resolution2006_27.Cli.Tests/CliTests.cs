using Resolution2006_27.Model.Serialization;
using Resolution2006_27.Model.Tests;
using Resolution2006_27.Model;

namespace Resolution2006_27.Cli.Tests;

/// <summary>The tool, run as a user runs it: a process, its output, its exit code.</summary>
[Trait(ToolUnderTest.Trait, ToolUnderTest.EndToEnd)]
public class CliTests
{
    internal static (int Code, string Out, string Err) Run(params string[] args) => ToolUnderTest.Run(null, args);

    /// <summary>Runs <paramref name="test"/> with a fresh temporary file path, and deletes the file after.</summary>
    private static void WithTempFile(string extension, Action<string> test)
    {
        var file = Path.Combine(Path.GetTempPath(), $"res2006-{Guid.NewGuid():N}{extension}");
        try
        {
            test(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Export_PrintsTheWholeModelAsJson()
    {
        var (code, output, error) = Run("export", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(Resolutions.E2006_27, ModelJson.Deserialize(output));
    }

    [Fact]
    public void Export_WritesAWholeFileWithOutput() => WithTempFile(".json", file =>
    {
        var (code, output, _) = Run("export", "--output", file);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal(Resolutions.E2006_27, ModelJson.Deserialize(File.ReadAllText(file)));
    });

    [Fact]
    public void Export_OfAnotherTextTakesInput() => WithTempFile(".txt", file =>
    {
        File.WriteAllText(file, TestData.SeedText.Replace("Decrying", "Deploring", StringComparison.Ordinal));
        var (code, output, _) = Run("export", "--input", file);
        Assert.Equal(0, code);
        Assert.Equal("deplore", ModelJson.Deserialize(output).Preamble.Paragraphs[9].Phrases[0].Lemma);
    });

    [Fact]
    public void UnknownOption_IsAUsageErrorOnStandardError()
    {
        var (code, output, error) = Run("export", "--frobnicate");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--frobnicate", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFormat_IsAUsageError() => Assert.Equal(2, Run("export", "--format", "yaml").Code);

    [Fact]
    public void MissingInputFile_IsAUsageErrorThatNamesIt()
    {
        var (code, output, error) = Run("export", "--input", "/nonexistent/dir/x.txt");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("/nonexistent/dir/x.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenInput_IsReadWithItsWarningsOrRefusedWhenStrictWithLineAndColumnAndNoStackTrace() => WithTempFile(".txt", file =>
    {
        File.WriteAllText(file, TestData.SeedText.Replace(" 3. Invites", " 4. Invites", StringComparison.Ordinal));
        var name = Path.GetFileName(file);
        var (code, output, error) = Run("export", "--input", file);
        Assert.Equal(0, code);
        Assert.StartsWith("{", output, StringComparison.Ordinal);
        Assert.Contains($"{name}:138:2: warning RES0120: Operative paragraph 4 follows paragraph 2: paragraph 3 is not in the text", error, StringComparison.Ordinal);
        // The seed's own "4." then repeats a number and is read as text of OP4, and its items with it.
        Assert.Contains($"{name}: 0 errors, 4 warnings, 0 info", error, StringComparison.Ordinal);

        (code, output, error) = Run("export", "--input", file, "--strict");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"error: {name}:138:2: error RES0120: Operative paragraph 4 follows paragraph 2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    });

    [Fact]
    public void Help_ListsTheExportCommand()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("export", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OfTheExampleIsValid()
    {
        var (code, output, error) = Run("validate", Path.Combine(TestData.RepoRoot, "schema", "examples", "e-res-2006-27.json"));
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal("e-res-2006-27.json: valid (E/RES/2006/27, 20 preambular and 18 operative paragraphs)\n", output);
    }

    [Fact]
    public void Validate_OfAnInvalidExportListsTheProblemsAndExitsOne() => WithTempFile(".json", file =>
    {
        // Renumber OP3 as 1, and work out by hand where its "number" stands in the file.
        var json = System.Text.Json.Nodes.JsonNode.Parse(ModelJson.Serialize(Resolutions.E2006_27))!;
        json["operativeParagraphs"]![2]!["number"] = 1;
        var text = json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(file, text);
        var at = text.IndexOf("\"number\": 1", text.IndexOf("\"short\": \"OP3\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at);
        var (code, output, _) = Run("validate", file);
        Assert.Equal(1, code);
        Assert.Contains($"{Path.GetFileName(file)}:{line}:{column}: /operativeParagraphs/2/number: rising-numbering: expected a number above 2, found 1", output, StringComparison.Ordinal);
        Assert.Matches(@"invalid, \d+ problems\n$", output);
    });

    [Fact]
    public void Validate_AsJsonGivesTheProblemsAsAnArray() => WithTempFile(".json", file =>
    {
        File.WriteAllText(file, "{\"symbol\": 1}");
        var (code, output, _) = Run("validate", file, "--format", "json");
        Assert.Equal(1, code);
        using var problems = System.Text.Json.JsonDocument.Parse(output);
        Assert.Contains(problems.RootElement.EnumerateArray(), p => p.GetProperty("pointer").GetString() == "/symbol" && p.GetProperty("rule").GetString() == "type");
    });

    [Fact]
    public void Validate_OfAMissingFileIsAUsageError()
    {
        var (code, output, error) = Run("validate", "/nonexistent/export.json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("/nonexistent/export.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithoutAFileIsAUsageError() => Assert.Equal(2, Run("validate").Code);

    [Fact]
    public void Schema_PrintsThePublishedSchema()
    {
        var (code, output, _) = Run("schema");
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(TestData.RepoRoot, "schema", "resolution.schema.json")), output);
    }

    [Fact]
    public void Asks_AsCsvListsEveryAskToMemberStatesWithStrengthAndCitations()
    {
        var (code, output, error) = Run("asks", "--addressee", "member-states", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        var rows = Csv.Read(output);
        var header = rows[0];
        Assert.Equal(27, rows.Count - 1);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        string Cell(string[] row, string column) => row[Array.IndexOf(header, column)];
        var op3 = rows.Single(r => Cell(r, "part") == "OP3(b)(ii)");
        Assert.Equal("encouraging", Cell(op3, "strength"));
        Assert.Equal("1", Cell(op3, "strength_rank"));
        Assert.Equal("untoc (articles 24 and 25); trafficking-protocol (article 6, paragraph 2)", Cell(op3, "citations"));
        Assert.Equal("paragraph 3 (b) (ii)", Cell(op3, "un_citation"));
        Assert.Contains(",", Cell(op3, "action"), StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_AsJsonIsAnArrayOfObjects()
    {
        var (code, output, _) = Run("asks", "--verb", "urges", "--instrument", "trafficking-protocol", "--format", "json");
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var only = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("OP1", only.GetProperty("part").GetString());
        Assert.Equal(2, only.GetProperty("strength_rank").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, only.GetProperty("citations").ValueKind);
        Assert.Equal(4, only.GetProperty("citations").GetArrayLength()); // UNTOC, the Protocol, "that Convention", the Optional Protocol
    }

    [Fact]
    public void Asks_AsATableIsAlignedWithARowCount()
    {
        var (code, output, _) = Run("asks", "--addressee", "unodc");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("part ", lines[0], StringComparison.Ordinal);
        Assert.Equal("(3 rows)", lines[^1]);
        Assert.Equal(lines[0].IndexOf("lemma", StringComparison.Ordinal), lines[2].IndexOf("encourage", StringComparison.Ordinal));
    }

    [Fact]
    public void Asks_AsMarkdownIsAPipeTable()
    {
        var (code, output, _) = Run("asks", "--addressee", "secretary-general", "--format", "markdown");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("| symbol | part |", lines[0], StringComparison.Ordinal);
        Assert.Contains("| OP18 |", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_OfAnUnknownActorWarnsOnStandardError()
    {
        var (code, output, error) = Run("asks", "--addressee", "unodcx");
        Assert.Equal(0, code);
        Assert.Contains("warning: no actor of E/RES/2006/27 is named 'unodcx'", error, StringComparison.Ordinal);
        Assert.EndsWith("(0 rows)\n", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("asks", "--min-strength", "strong")]
    [InlineData("asks", "--class", "imperative")]
    [InlineData("asks", "--pinpoint", "article 6")]
    [InlineData("asks", "--instrument", "untoc", "--pinpoint", "six")]
    [InlineData("asks", "--format", "xml")]
    [InlineData("show", "OP19")]
    [InlineData("frobnicate")]
    public void BadOptions_AreUsageErrorsOnStandardError(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error", error.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Mandates_TellTheReportingMandateApart()
    {
        var (code, output, _) = Run("mandates", "--reporting", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv.Read(output);
        Assert.Equal(2, rows.Count);
        var header = rows[0];
        Assert.Equal("OP18", rows[1][Array.IndexOf(header, "part")]);
        Assert.Equal("ccpcj; cop-untoc", rows[1][Array.IndexOf(header, "report_to")]);
        Assert.Equal("at its seventeenth session", rows[1][Array.IndexOf(header, "when")]);
    }

    [Fact]
    public void Citations_WithAPinpointListOnlyThose()
    {
        var (code, output, _) = Run("citations", "--instrument", "Trafficking in Persons Protocol", "--pinpoint", "article 6", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv.Read(output);
        Assert.Equal(["OP3(b)(ii)", "OP4(c)"], rows.Skip(1).Select(r => r[Array.IndexOf(rows[0], "part")]));
    }

    [Fact]
    public void Citations_SummaryCountsPerInstrument()
    {
        var (code, output, _) = Run("citations", "--summary", "--format", "json");
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var first = json.RootElement[0];
        Assert.Equal("trafficking-protocol", first.GetProperty("instrument_id").GetString());
        Assert.Equal(7, first.GetProperty("citations").GetInt32());
    }

    [Fact]
    public void Actors_ListsKindAndAskCounts()
    {
        var (code, output, _) = Run("actors", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv.Read(output);
        var unodc = rows.Single(r => r[0] == "unodc");
        Assert.Equal("unSecretariat", unodc[Array.IndexOf(rows[0], "kind")]);
        Assert.Equal("3", unodc[Array.IndexOf(rows[0], "asks")]);
        Assert.Equal("OP14; OP15; OP16", unodc[Array.IndexOf(rows[0], "addressed_in")]);
    }

    [Fact]
    public void Instruments_SayTheyAreUnverified()
    {
        var (code, output, _) = Run("instruments", "--format", "csv");
        Assert.Equal(0, code);
        var rows = Csv.Read(output);
        var untoc = rows.Single(r => r[0] == "untoc");
        Assert.Equal("false", untoc[Array.IndexOf(rows[0], "verified")]);
        Assert.Equal("United Nations, Treaty Series, vol. 2225, No. 39574", untoc[Array.IndexOf(rows[0], "treaty_series")]);
    }

    [Fact]
    public void Show_PrintsTheParagraphItsItemsAndFootnotes()
    {
        var (code, output, _) = Run("show", "OP1");
        Assert.Equal(0, code);
        Assert.Contains("1. Urges Member States that have not done so", output, StringComparison.Ordinal);
        Assert.Contains("Organized Crime,[6] the Protocol", output, StringComparison.Ordinal);
        Assert.Contains("Probable body, not the adopted text", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_AsJsonIsThePartOfTheModel()
    {
        var (code, output, _) = Run("show", "OP3(b)(ii)", "--format", "json");
        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("para_3__list_1__point_b__list_1__point_ii", json.RootElement.GetProperty("id").GetProperty("eId").GetString());
    }

    [Theory]
    [InlineData("asks")]
    [InlineData("mandates")]
    [InlineData("citations")]
    [InlineData("actors")]
    [InlineData("instruments")]
    [InlineData("show")]
    [InlineData("export")]
    [InlineData("schema")]
    [InlineData("validate")]
    public void Help_IsThereForEveryCommand(string command)
    {
        var (code, output, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_AsAkomaNtosoValidatesWithTheOfficialSchema() => WithTempFile(".xml", file =>
    {
        var (code, _, _) = Run("export", "--format", "akn", "--output", file);
        Assert.Equal(0, code);
        var schema = Path.Combine(TestData.SharedPath, "reference", "akn");
        var (valid, output, error) = Run("validate", file, "--akn-schema", schema);
        Assert.Equal(0, valid);
        Assert.Equal("", error);
        Assert.EndsWith("valid (E/RES/2006/27, 20 preambular and 18 operative paragraphs)\n", output, StringComparison.Ordinal);
    });

    [Fact]
    public void Validate_OfAkomaNtosoWithADuplicateEIdExitsOne() => WithTempFile(".xml", file =>
    {
        File.WriteAllText(file, Model.AkomaNtoso.AkomaNtosoXml.ExportText(Resolutions.E2006_27).Replace("eId=\"para_4\"", "eId=\"para_3\"", StringComparison.Ordinal));
        var (code, output, _) = Run("validate", file, "--akn-schema", Path.Combine(TestData.SharedPath, "reference", "akn"));
        Assert.Equal(1, code);
        Assert.Contains("unique-eid", output, StringComparison.Ordinal);
        Assert.Contains("OP3 at line", output, StringComparison.Ordinal);
    });

    [Fact]
    public void Validate_OfAkomaNtosoWithABadByteNamesTheByteAndItsPlaceAndExitsOne() => WithTempFile(".xml", file =>
    {
        // A lead byte with no continuation before the export's first "Recalling": read with replacement, the tool
        // reported a phrase rule ("found '\uFFFD(Recalling'") and never the byte.
        var xml = Model.AkomaNtoso.AkomaNtosoXml.ExportText(Resolutions.E2006_27);
        var at = xml.IndexOf("Recalling", StringComparison.Ordinal);
        var line = xml[..at].Count(c => c == '\n') + 1;
        File.WriteAllBytes(file, [.. System.Text.Encoding.UTF8.GetBytes(xml[..at]), 0xC3, 0x28, .. System.Text.Encoding.UTF8.GetBytes(xml[at..])]);
        var (code, output, _) = Run("validate", file, "--akn-schema", Path.Combine(TestData.SharedPath, "reference", "akn"));
        Assert.Equal(1, code);
        Assert.Contains($":{line}:", output, StringComparison.Ordinal);
        Assert.Contains($"/: utf-8: expected UTF-8 text, found the invalid byte 0xC3 at byte {System.Text.Encoding.UTF8.GetByteCount(xml[..at])}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("phrase", output, StringComparison.Ordinal);
    });

    [Fact]
    public void Validate_OfAkomaNtosoWithoutTheSchemaSaysSoAndChecksTheRest() => WithTempFile(".xml", file =>
    {
        File.WriteAllText(file, Model.AkomaNtoso.AkomaNtosoXml.ExportText(Resolutions.E2006_27));
        var (code, output, error) = ToolUnderTest.Run(Path.GetTempPath(), "validate", file);
        Assert.Equal(0, code);
        Assert.Contains("the Akoma Ntoso schema was not found", error, StringComparison.Ordinal);
        Assert.Contains("valid", output, StringComparison.Ordinal);
    });

    [Fact]
    public void Asks_OverACorpusAsJsonLines()
    {
        var folder = Directory.CreateTempSubdirectory("cli-corpus-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(TestData.SharedPath, "corpus"), "*.txt"))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }
            var (code, output, error) = Run("asks", "--corpus", folder, "--addressee", "unodc", "--format", "jsonl");
            Assert.Equal(0, code);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            // E/RES/2015/23: 5 asks to UNODC; A/RES/70/179: 3 (see CorpusTests).
            Assert.Equal(8, lines.Length);
            Assert.All(lines, l => Assert.Equal("unodc", System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("addressee_id").GetString()));
            Assert.Contains("loaded 2 resolutions", error, StringComparison.Ordinal);
            Assert.Contains("A-RES-70-179.txt: 0 errors, 1 warnings, 0 info, the first at 85:180 (RES0130: Footnote marker 5 comes where footnote 1 was due", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("json")]
    [InlineData("akn")]
    public void Input_TakesAnExportAsWellAsText(string format) => WithTempFile("." + format, file =>
    {
        Assert.Equal(0, Run("export", "--format", format, "--output", file).Code);
        var (code, output, _) = Run("asks", "--input", file, "--addressee", "unodc", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal(4, Csv.Read(output).Count);
    });

    [Fact]
    public void Registry_ExtendsTheBuiltInOne() => WithTempFile(".txt", file =>
    {
        File.WriteAllText(file, TestData.SeedText.Replace("Requests the Secretary-General", "Requests the UNODC Regional Office for West and Central Africa", StringComparison.Ordinal));
        var registry = Path.Combine(TestData.RepoRoot, "docs", "registry-extension.example.json");
        var (code, output, _) = Run("mandates", "--input", file, "--registry", registry, "--format", "csv");
        Assert.Equal(0, code);
        Assert.Contains(Csv.Read(output), r => r.Contains("unodc-regional-office-west-africa"));
    });

    [Fact]
    public void InputAndCorpus_ExcludeEachOther() =>
        Assert.Equal(2, Run("asks", "--input", TestData.SeedPath, "--corpus", TestData.RepoRoot).Code);

    [Fact]
    public void Corpus_ThatIsNoFolderIsAUsageError() =>
        Assert.Equal(2, Run("asks", "--corpus", "/nonexistent/folder").Code);

    [Fact]
    public void Input_OfMalformedAkomaNtosoIsInvalidInputWithItsLine() => WithTempFile(".xml", file =>
    {
        File.WriteAllText(file, "<akomaNtoso>\n  <statement>\n</akomaNtoso>");
        var (code, output, error) = Run("asks", "--input", file);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("(line 3, column", error, StringComparison.Ordinal);
    });
}
