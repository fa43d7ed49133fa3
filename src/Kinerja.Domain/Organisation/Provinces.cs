namespace Kinerja.Domain.Organisation;

/// <summary>
/// The 38 provinces of Indonesia (since 2022), each with its KPU Provinsi. A province a user names for a new work unit
/// must be one of them, so that a typing slip ("Jawa Tengha") is refused instead of creating a province that does not exist.
/// </summary>
public static class Provinces
{
    public static readonly IReadOnlyList<string> Names =
    [
        "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Sumatera Selatan",
        "Kepulauan Bangka Belitung", "Bengkulu", "Lampung", "DKI Jakarta", "Jawa Barat", "Banten", "Jawa Tengah",
        "Daerah Istimewa Yogyakarta", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur",
        "Kalimantan Barat", "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara",
        "Sulawesi Utara", "Gorontalo", "Sulawesi Tengah", "Sulawesi Barat", "Sulawesi Selatan", "Sulawesi Tenggara",
        "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah",
        "Papua Pegunungan",
    ];

    /// <summary>The province as officially named, whatever the case, spacing or "Provinsi"/"KPU Provinsi" before it ("DI Yogyakarta" too); null for a name that is none.</summary>
    public static string? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = Key(name);
        return Names.FirstOrDefault(n => Key(n) == key);
    }

    private static string Key(string name)
    {
        var words = name.ToUpperInvariant().Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[0] is "KPU" or "KIP" or "PROVINSI" or "PROPINSI")
        {
            words.RemoveAt(0);
        }

        var key = string.Join(' ', words);
        return key switch
        {
            "DI YOGYAKARTA" or "YOGYAKARTA" or "DIY" => "DAERAH ISTIMEWA YOGYAKARTA",
            "JAKARTA" or "DAERAH KHUSUS IBUKOTA JAKARTA" => "DKI JAKARTA",
            "BANGKA BELITUNG" => "KEPULAUAN BANGKA BELITUNG",
            "NTB" => "NUSA TENGGARA BARAT",
            "NTT" => "NUSA TENGGARA TIMUR",
            _ => key,
        };
    }
}
