using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Resolution2006_27.Model.Collections;
using Resolution2006_27.Model.Phrases;
using Resolution2006_27.Model.Serialization;

namespace Resolution2006_27.Model.Tests.Serialization;

public class JsonTests
{
    private readonly Resolution R = Fresh.Seed();

    [Fact]
    public void Deserialize_OfTheExportGivesAnEqualModel()
    {
        var back = ModelJson.Deserialize(ModelJson.Serialize(R));
        Assert.Equal(R, back);
        Assert.NotSame(R, back);
    }

    [Fact]
    public void Serialize_IsStable() => Assert.Equal(ModelJson.Serialize(R), ModelJson.Serialize(ModelJson.Deserialize(ModelJson.Serialize(R))));

    [Fact]
    public void Serialize_UsesCamelCaseAndEnumStrings()
    {
        using var json = JsonDocument.Parse(ModelJson.Serialize(R));
        var op15 = json.RootElement.GetProperty("operativeParagraphs")[14];
        Assert.Equal("directive", op15.GetProperty("phrase").GetProperty("class").GetString());
        Assert.Equal("requesting", op15.GetProperty("phrase").GetProperty("strength").GetString());
        Assert.Equal("OP15", op15.GetProperty("id").GetProperty("short").GetString());
        Assert.Equal("2006-07-27", json.RootElement.GetProperty("adoptionDate").GetString());
        var unodc = json.RootElement.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "unodc");
        Assert.Equal("unSecretariat", unodc.GetProperty("kind").GetString());
    }

    [Fact]
    public void Serialize_HoldsAllPartsFootnotesAndPinpoints()
    {
        using var json = JsonDocument.Parse(ModelJson.Serialize(R));
        var root = json.RootElement;
        Assert.Equal(20, root.GetProperty("preamble").GetProperty("paragraphs").GetArrayLength());
        Assert.Equal(18, root.GetProperty("operativeParagraphs").GetArrayLength());
        Assert.Equal(11, root.GetProperty("footnotes").GetArrayLength());
        var text = json.RootElement.GetRawText();
        Assert.Equal(17, CountItems(root.GetProperty("operativeParagraphs")));
        Assert.Equal(15, System.Text.RegularExpressions.Regex.Matches(text, "\"eId\":\\s*\"authorialNote_\\d+\"").Count);
    }

    public static TheoryData<string, string, string> Broken => new()
    {
        // what breaks the contract, the JSON text replaced, its replacement
        { "an unknown property", "\"symbol\":", "\"extra\":1,\"symbol\":" },
        { "a duplicate property", "\"symbol\":", "\"number\":\"x\",\"symbol\":" },
        { "an enum as an integer", "\"strength\":\"requesting\"", "\"strength\":2" },
        { "an enum value in the wrong case", "\"strength\":\"requesting\"", "\"strength\":\"Requesting\"" },
        { "a missing required value", "\"symbol\":\"E/RES/2006/27\",", "" },
        { "null for a non-nullable value", "\"symbol\":\"E/RES/2006/27\"", "\"symbol\":null" },
        { "a number as a string", "\"number\":1,", "\"number\":\"1\"," },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Deserialize_RejectsJsonThatBreaksTheContract(string what, string from, string to)
    {
        var json = ModelJson.Serialize(R, indented: false);
        Assert.True(json.Contains(from, StringComparison.Ordinal), what);
        Assert.Throws<JsonException>(() => ModelJson.Deserialize(json.Replace(from, to, StringComparison.Ordinal)));
    }

    [Property(MaxTest = Cases.JsonRoundTrips, Arbitrary = [typeof(Models)])]
    public bool Deserialize_OfAnySerializedModelGivesItBack(Resolution model) =>
        ModelJson.Deserialize(ModelJson.Serialize(model)).Equals(model);

    private static int CountItems(JsonElement parts) =>
        parts.EnumerateArray().Sum(p => p.GetProperty("subParagraphs").GetArrayLength() + CountItems(p.GetProperty("subParagraphs")));

    /// <summary>Models made by changing the embedded one at random: texts, enums, nulls, numbers and list lengths.</summary>
    public static class Models
    {
        public static Arbitrary<Resolution> Resolution() =>
            (from title in Text()
             from partText in Text()
             from keep in Gen.Choose(0, 18)
             from which in Gen.Choose(0, 17)
             from strength in Gen.Elements(Enum.GetValues<Strength>())
             from verbClass in Gen.Elements(Enum.GetValues<VerbClass>())
             from start in Gen.Choose(0, int.MaxValue)
             from dropBody in ArbMap.Default.GeneratorFor<bool>()
             select Mutate(title, partText, keep, which, strength, verbClass, start, dropBody)).ToArbitrary();

        // Text the parser could have produced: any Unicode, but no lone surrogates.
        private static Gen<string> Text() =>
            ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get).Where(IsWellFormed);

        private static bool IsWellFormed(string s) =>
            System.Text.Unicode.Utf8.FromUtf16(s, new byte[s.Length * 3], out _, out _, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done;

        private static Resolution Mutate(string title, string text, int keep, int which, Strength strength, VerbClass verbClass, int start, bool dropBody)
        {
            var ops = Fresh.Seed().OperativeParagraphs.ToList();
            var i = which % ops.Count;
            ops[i] = ops[i] with
            {
                Text = text,
                Phrase = ops[i].Phrase! with { Strength = strength, Class = verbClass },
                Span = ops[i].Span with { Start = start },
            };
            var notes = Fresh.Seed().Footnotes.Select(f => dropBody ? f with { Body = null } : f).ToValueList();
            return Fresh.Seed() with
            {
                Title = Fresh.Seed().Title! with { Text = title },
                OperativeParagraphs = ops.Take(keep).ToValueList(),
                Footnotes = notes,
            };
        }
    }
}
