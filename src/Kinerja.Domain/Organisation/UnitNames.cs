namespace Kinerja.Domain.Organisation;

/// <summary>
/// When two printed names of an organisational unit name the same unit: "Subbag Hukum dan SDM", "Sub Bagian Hukum &amp;
/// Sumber Daya Manusia" and "SUBBAGIAN SDM, HUKUM" do. Case, punctuation, "dan"/"&amp;" and the order of the words are set
/// aside, and the abbreviations of KPU usage below are written out. Nothing fuzzier: a name that differs in a word is
/// another unit, for the user to merge if they mean one.
/// </summary>
public static class UnitNames
{
    /// <summary>The abbreviations seen in the seeds and in KPU usage, with what they stand for.</summary>
    public static readonly IReadOnlyDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["SUBBAG"] = "SUBBAGIAN",
        ["SUBAG"] = "SUBBAGIAN",
        ["KASUBBAG"] = "KEPALA SUBBAGIAN",
        ["KABAG"] = "KEPALA BAGIAN",
        ["SDM"] = "SUMBER DAYA MANUSIA",
        ["PARMAS"] = "PARTISIPASI MASYARAKAT",
        ["HUPMAS"] = "HUBUNGAN MASYARAKAT",
        ["HUMAS"] = "HUBUNGAN MASYARAKAT",
        ["TP"] = "TEKNIS PENYELENGGARAAN",
        ["PEMILU"] = "PEMILIHAN UMUM",
        ["KUL"] = "KEUANGAN UMUM LOGISTIK",
        ["UMLOG"] = "UMUM LOGISTIK",
        ["DATIN"] = "DATA INFORMASI",
        ["RENDATIN"] = "PERENCANAAN DATA INFORMASI",
        ["PROGDAT"] = "PROGRAM DATA",
        ["KEU"] = "KEUANGAN",
        ["TU"] = "TATA USAHA",
    };

    private static readonly char[] Separators = [' ', '\t', '.', ',', ';', ':', '/', '-', '–', '(', ')', '&', '"', '\''];

    public static bool Same(string a, string b) => Key(a) == Key(b);

    /// <summary>The words of the name, upper-case, abbreviations written out, without "dan", sorted: equal keys name the same unit.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.ToUpperInvariant()
            .Replace("SUB BAGIAN", "SUBBAGIAN", StringComparison.Ordinal)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(w => (Abbreviations.TryGetValue(w, out var full) ? full : w).Split(' '))
            .Where(w => w != "DAN")
            .Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }
}
