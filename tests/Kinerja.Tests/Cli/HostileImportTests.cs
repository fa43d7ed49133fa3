using Kinerja.Cli;
using Kinerja.Documents.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Cli;

public sealed class HostileImportTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_import_verb_gives_each_hostile_file_its_finding_and_exit_code_and_stores_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var folder = Directory.CreateTempSubdirectory("kinerja-hostile-").FullName;
        try
        {
            var files = new[] { "deep-content-controls.docx", "gigabyte-text.docx", "million-row-sparse-sheet.xlsx", "many-pages.pdf" }.Select(HostileFiles.Make).ToList();
            foreach (var file in files)
            {
                await File.WriteAllBytesAsync(Path.Combine(folder, file.Name), file.Content);
            }

            foreach (var file in files)
            {
                using var output = new StringWriter();
                var code = await Verbs.RunAsync("import", [Path.Combine(folder, file.Name), "--province", "Banten"], database.Settings, Clock, output);

                Assert.Equal(1, code);
                Assert.Contains($"KESALAHAN {file.Code}: Berkas melebihi batas: ", output.ToString(), StringComparison.Ordinal);
                Assert.Single(output.ToString().Split('\n'), l => l.Contains("Berkas melebihi batas", StringComparison.Ordinal) && l.Contains("KESALAHAN LIMIT_", StringComparison.Ordinal));
                Assert.Contains("→ Tidak disimpan", output.ToString(), StringComparison.Ordinal);
            }

            await using var db = database.Context();
            Assert.Equal((0, 0, 0), (await db.Plans.CountAsync(), await db.BudgetVersions.CountAsync(), await db.WorkUnits.CountAsync()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
