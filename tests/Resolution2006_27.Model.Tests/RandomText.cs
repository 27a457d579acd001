namespace Resolution2006_27.Model.Tests;

/// <summary>Random texts for tests that compare a reader with what it replaced, drawn from a generator the test seeds.</summary>
internal static class RandomText
{
    /// <summary><paramref name="length"/> characters, each drawn from <paramref name="alphabet"/>.</summary>
    public static string Of(Random random, string alphabet, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);

    /// <summary><paramref name="count"/> pieces, each drawn from <paramref name="pieces"/>, joined.</summary>
    public static string Of(Random random, IReadOnlyList<string> pieces, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => pieces[random.Next(pieces.Count)]));
}
