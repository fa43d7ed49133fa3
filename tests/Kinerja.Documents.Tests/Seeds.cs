using Kinerja.Documents.Import;

namespace Kinerja.Documents.Tests;

/// <summary>The seed documents in shared/seeds, found by walking up from the test binaries so that any checkout works.</summary>
internal static class Seeds
{
    private static readonly Lazy<string> Folder = new(FindFolder);

    /// <summary>The file of seed "001" (its name starts with the number and an underscore).</summary>
    public static string Path(string number) =>
        Directory.EnumerateFiles(Folder.Value, $"{number}_*.txt").Order(StringComparer.Ordinal).FirstOrDefault()
        ?? throw new FileNotFoundException($"Seed {number} not found in {Folder.Value}.");

    public static SourceText Source(string number)
    {
        var path = Path(number);
        return SourceText.FromText(System.IO.Path.GetFileName(path), File.ReadAllText(path));
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/seeds above {AppContext.BaseDirectory}.");
    }
}
