namespace Resolution2006_27.Model.Tests;

/// <summary>Files a test writes, each in a folder of its own, deleted after the test whatever it did.</summary>
internal static class TempFiles
{
    /// <summary>Runs <paramref name="test"/> with the path of a file named <paramref name="name"/> holding <paramref name="content"/>.</summary>
    public static void With(string name, byte[] content, Action<string> test)
    {
        var folder = Directory.CreateTempSubdirectory("res2006-test-");
        try
        {
            var path = Path.Combine(folder.FullName, name);
            File.WriteAllBytes(path, content);
            test(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
