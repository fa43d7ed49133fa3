using Kinerja.Cli;
using Kinerja.Demo;

namespace Kinerja.Tests.Documents;

/// <summary>
/// <c>export monev</c> and <c>export lkj</c>, as the plan documents have theirs: one unit or <c>--all</c>, every format,
/// on both providers; what is written reads back with its title, its quarter and its signature dated at the unit's place.
/// </summary>
public sealed class MonitoringExportTests
{
    // 5 January 2027, 20.00 in Jakarta: the signature says that day.
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2027, 1, 5, 13, 0, 0, TimeSpan.Zero));

    public static TheoryData<string, string> ProvidersAndFormats()
    {
        var data = new TheoryData<string, string>();
        foreach (var provider in new[] { "sqlite", "postgres" })
        {
            foreach (var format in new[] { "pdf", "xlsx", "docx", "html" })
            {
                data.Add(provider, format);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ProvidersAndFormats))]
    public async Task The_monitoring_report_of_a_quarter_is_written_and_signed_by_the_secretary(string provider, string format)
    {
        await using var database = await DemoDatabaseAsync(provider);
        var file = Path.Combine(Directory.CreateTempSubdirectory("kinerja-monev-").FullName, "monev." + format);
        using var output = new StringWriter();

        var code = await Verbs.RunAsync("export", ["monev", "--unit", "KPU Kabupaten Lebak", "--year", "2026", "--quarter", "2", "--format", format, "--out", file, "--pdf-engine", "direct"], database.Settings, Clock, output);

        Assert.True(code == 0, output.ToString());
        var text = ExportTests.Text(file, format);
        Assert.Contains("LAPORAN MONITORING DAN EVALUASI", text, StringComparison.Ordinal);
        Assert.Contains("TRIWULAN II TAHUN 2026", text, StringComparison.Ordinal);
        Assert.Contains("Rangkasbitung, 5 Januari 2027", text, StringComparison.Ordinal);
        Assert.Contains("Sekretaris KPU Kabupaten Lebak", text, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Theory]
    [MemberData(nameof(ProvidersAndFormats))]
    public async Task The_LKj_table_of_an_entity_is_written_and_signed_by_its_head(string provider, string format)
    {
        await using var database = await DemoDatabaseAsync(provider);
        var file = Path.Combine(Directory.CreateTempSubdirectory("kinerja-lkj-").FullName, "lkj." + format);
        using var output = new StringWriter();

        var code = await Verbs.RunAsync("export", ["lkj", "--unit", "670701", "--year", "2026", "--entity", "secretariat", "--quarter", "4", "--format", format, "--out", file, "--pdf-engine", "direct"], database.Settings, Clock, output);

        Assert.True(code == 0, output.ToString());
        var text = ExportTests.Text(file, format);
        Assert.Contains("CAPAIAN KINERJA SEKRETARIAT KPU KOTA SERANG TAHUN 2026", text.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("S.D. TW IV", text.ToUpperInvariant(), StringComparison.Ordinal);
        Assert.Contains("Serang, 5 Januari 2027", text, StringComparison.Ordinal);
        Assert.Contains("Sekretaris KPU Kota Serang", text, StringComparison.Ordinal);
        Assert.Contains("NIP. ", text, StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task All_units_get_their_report_and_their_LKj_in_one_run(string provider)
    {
        await using var database = await DemoDatabaseAsync(provider);
        var folder = Path.Combine(Directory.CreateTempSubdirectory("kinerja-monev-all-").FullName, "out");
        using var output = new StringWriter();

        var monev = await Verbs.RunAsync("export", ["monev", "--all", "--year", "2026", "--quarter", "4", "--format", "xlsx", "--out", folder], database.Settings, Clock, output);
        var lkj = await Verbs.RunAsync("export", ["lkj", "--all", "--year", "2026", "--entity", "commission", "--quarter", "4", "--format", "docx", "--out", folder], database.Settings, Clock, output);

        Assert.Equal((0, 0), (monev, lkj));
        Assert.Equal(7, Directory.GetFiles(folder, "monev-2026-tw4-*.xlsx").Length);
        Assert.Equal(7, Directory.GetFiles(folder, "lkj-2026-tw4-*-kpu.docx").Length);
        Assert.Contains("670701", string.Join(' ', Directory.GetFiles(folder).Select(Path.GetFileName)), StringComparison.Ordinal);
        Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
    }

    [Theory]
    [InlineData("monev --unit 670701 --year 2026 --format pdf --out x.pdf", "--quarter memerlukan triwulan 1 sampai 4")]
    [InlineData("lkj --unit 670701 --year 2026 --quarter 5 --format pdf --out x.pdf", "--quarter memerlukan triwulan 1 sampai 4")]
    [InlineData("lkj --unit 670701 --year 2019 --quarter 2 --format pdf --out x.pdf", "belum memiliki PK KPU tahun 2019")]
    [InlineData("monev --unit 999999 --year 2026 --quarter 2 --format pdf --out x.pdf", "tidak ditemukan")]
    public async Task Wrong_arguments_get_a_clear_message(string arguments, string message)
    {
        await using var database = await DemoDatabaseAsync("sqlite");
        using var output = new StringWriter();

        var code = await Verbs.RunAsync("export", arguments.Split(' '), database.Settings, Clock, output);

        Assert.NotEqual(0, code);
        Assert.Contains(message, output.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists("x.pdf"));
    }

    private static async Task<TestDatabase> DemoDatabaseAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        await DemoData.LoadAsync(db);
        return database;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
