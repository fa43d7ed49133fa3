using System.Text;
using System.Text.Json;
using Kinerja.Documents.Import;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Tests.Import;

/// <summary>Digits of any script, impossible dates and figures beyond any budget in a document's content are findings on their line, never exceptions.</summary>
public sealed class ContentNumbersTests
{
    /// <summary>The zero of a script whose digits are not ASCII; the other nine follow it.</summary>
    public static TheoryData<string, int> Scripts => new()
    {
        { "000", 0x0660 },
        { "000", 0xFF10 },
        { "001", 0x06F0 },
        { "001", 0xFF10 },
        { "002", 0xA9D0 },
        { "003", 0xFF10 },
        { "003", 0x0660 },
        { "004", 0x1B50 },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void A_seed_written_in_other_digits_reads_as_the_seed_itself(string seed, int zero)
    {
        var text = File.ReadAllText(Seeds.Path(seed));

        var ascii = Import(seed + ".txt", text);
        var other = Import(seed + ".txt", FuzzCorpus.Written(text, zero));

        Assert.Equal(What(ascii), What(other));
        Assert.Equal(Codes(ascii), Codes(other));
    }

    public static TheoryData<string, string, string, string> Dates => new()
    {
        { "000", "Semarang, 5 Januari 2018", "Semarang, 5 Januari 0000", "SIGNATURE_DATE_INVALID" },
        { "000", "Semarang, 5 Januari 2018", "Semarang, 0 Januari 2018", "SIGNATURE_DATE_INVALID" },
        { "000", "Semarang, 5 Januari 2018", "Semarang, 31 Februari 2018", "SIGNATURE_DATE_INVALID" },
        { "004", "Pontianak, 10 Januari 2023", "Pontianak, 10 Januari 9999", "SIGNATURE_DATE_INVALID" },
        { "002", "Serang, 28 Januari 2021", "Serang, 99 Januari 2021", "SIGNATURE_DATE_INVALID" },
        { "003", "tanggal 17 November 2021", "tanggal 00 November 2021", "DIPA_DATE_INVALID" },
        { "003", "tanggal 17 November 2021", "tanggal 17 November 0000", "DIPA_DATE_INVALID" },
        { "003", "tanggal 17 November 2021", "tanggal 31 13 2021", "DIPA_DATE_INVALID" },
    };

    [Theory]
    [MemberData(nameof(Dates))]
    public void An_impossible_date_is_a_finding_on_its_line(string seed, string printed, string impossible, string code)
    {
        var (document, line) = ImportWith(seed, printed, impossible);

        Assert.Contains(document.Findings, f => f.Code == code && f.Line == line);
    }

    public static TheoryData<string, string, string, string> Figures => new()
    {
        // A target, a pagu and an RKA amount of 30 digits: past a decimal, past a long, past any budget.
        { "000", "\t95%\tLaporan Sistem Akuntansi", "\t" + new string('9', 30) + "%\tLaporan Sistem Akuntansi", "TARGET_NUMBER_TOO_LARGE" },
        { "002", "29,295,000", "29,295,000,000,000,000,000,000,000,000", Rupiah.TooLarge },
        { "002", "29,295,000", "100,000,000,000,001", Rupiah.TooLarge },
        { "001", "23,368,000", "23,368,000,000,000,000,000,000,000", Rupiah.TooLarge },
        { "001", "1.00 Laporan\t23,368,000", new string('9', 40) + " Laporan\t23,368,000", "RKA_VOLUME_INVALID" },
        { "003", "Rp. 3.178.163.000", "Rp. 3.178.163.000.000.000.000.000.000", Rupiah.TooLarge },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void A_figure_no_budget_can_hold_is_a_finding_on_its_line(string seed, string printed, string huge, string code)
    {
        var (document, line) = ImportWith(seed, printed, huge);

        Assert.Contains(document.Findings, f => (f.Code == code || f.Message.Contains(code, StringComparison.Ordinal)) && f.Line == line);
    }

    private static (ImportedDocument Document, int Line) ImportWith(string seed, string printed, string replacement)
    {
        var text = File.ReadAllText(Seeds.Path(seed));
        var at = text.IndexOf(printed, StringComparison.Ordinal);
        Assert.True(at >= 0, $"seed {seed} prints \"{printed}\"");
        var line = text[..at].Count(c => c == '\n') + 1;
        return (Import(seed + ".txt", text[..at] + replacement + text[(at + printed.Length)..]), line);
    }

    internal static ImportedDocument Import(string name, string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return DocumentImporter.Import(name, stream);
    }

    /// <summary>What was read, as one comparable text.</summary>
    private static string What(ImportedDocument document) =>
        JsonSerializer.Serialize(new { document.Kind, document.Year, document.WorkUnit, document.Plans, document.Budget, document.Lines });

    private static string Codes(ImportedDocument document) => string.Join(' ', document.Findings.Select(f => $"{f.Code}@{f.Line}"));
}
