namespace Kinerja.Domain.Organisation;

/// <summary>
/// The 38 provinces of Indonesia (since 2022), each with its KPU Provinsi and its time zone. A province a user names for a
/// new work unit must be one of them, so that a typing slip ("Jawa Tengha") is refused instead of creating a province that
/// does not exist; a unit's local time follows its province.
/// </summary>
public static class Provinces
{
    // Each first by its official name, then by the other names documents give it.
    private static readonly (IndonesianTimeZone Zone, string[] Names)[] Table =
    [
        (IndonesianTimeZone.Wib, ["Aceh", "Nanggroe Aceh Darussalam"]),
        (IndonesianTimeZone.Wib, ["Sumatera Utara"]),
        (IndonesianTimeZone.Wib, ["Sumatera Barat"]),
        (IndonesianTimeZone.Wib, ["Riau"]),
        (IndonesianTimeZone.Wib, ["Kepulauan Riau"]),
        (IndonesianTimeZone.Wib, ["Jambi"]),
        (IndonesianTimeZone.Wib, ["Sumatera Selatan"]),
        (IndonesianTimeZone.Wib, ["Kepulauan Bangka Belitung", "Bangka Belitung"]),
        (IndonesianTimeZone.Wib, ["Bengkulu"]),
        (IndonesianTimeZone.Wib, ["Lampung"]),
        (IndonesianTimeZone.Wib, ["DKI Jakarta", "Jakarta", "Daerah Khusus Ibukota Jakarta", "Daerah Khusus Jakarta"]),
        (IndonesianTimeZone.Wib, ["Jawa Barat"]),
        (IndonesianTimeZone.Wib, ["Banten"]),
        (IndonesianTimeZone.Wib, ["Jawa Tengah"]),
        (IndonesianTimeZone.Wib, ["Daerah Istimewa Yogyakarta", "DI Yogyakarta", "Yogyakarta", "DIY"]),
        (IndonesianTimeZone.Wib, ["Jawa Timur"]),
        (IndonesianTimeZone.Wita, ["Bali"]),
        (IndonesianTimeZone.Wita, ["Nusa Tenggara Barat", "NTB"]),
        (IndonesianTimeZone.Wita, ["Nusa Tenggara Timur", "NTT"]),
        (IndonesianTimeZone.Wib, ["Kalimantan Barat"]),
        (IndonesianTimeZone.Wib, ["Kalimantan Tengah"]),
        (IndonesianTimeZone.Wita, ["Kalimantan Selatan"]),
        (IndonesianTimeZone.Wita, ["Kalimantan Timur"]),
        (IndonesianTimeZone.Wita, ["Kalimantan Utara"]),
        (IndonesianTimeZone.Wita, ["Sulawesi Utara"]),
        (IndonesianTimeZone.Wita, ["Gorontalo"]),
        (IndonesianTimeZone.Wita, ["Sulawesi Tengah"]),
        (IndonesianTimeZone.Wita, ["Sulawesi Barat"]),
        (IndonesianTimeZone.Wita, ["Sulawesi Selatan"]),
        (IndonesianTimeZone.Wita, ["Sulawesi Tenggara"]),
        (IndonesianTimeZone.Wit, ["Maluku"]),
        (IndonesianTimeZone.Wit, ["Maluku Utara"]),
        (IndonesianTimeZone.Wit, ["Papua"]),
        (IndonesianTimeZone.Wit, ["Papua Barat"]),
        (IndonesianTimeZone.Wit, ["Papua Barat Daya"]),
        (IndonesianTimeZone.Wit, ["Papua Selatan"]),
        (IndonesianTimeZone.Wit, ["Papua Tengah"]),
        (IndonesianTimeZone.Wit, ["Papua Pegunungan"]),
    ];

    private static readonly Dictionary<string, (string Name, IndonesianTimeZone Zone)> ByKey =
        Table.SelectMany(t => t.Names.Select(n => (Key: Key(n), Entry: (t.Names[0], t.Zone))))
            .ToDictionary(p => p.Key, p => p.Entry, StringComparer.Ordinal);

    /// <summary>The official names, in the order of the national list.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(t => t.Names[0])];

    /// <summary>The province as officially named, whatever the case, spacing or "Provinsi"/"KPU Provinsi" before it ("DI Yogyakarta" too); null for a name that is none.</summary>
    public static string? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByKey.TryGetValue(Key(name), out var entry) ? entry.Name : null;
    }

    /// <summary>The zone of a province by its name as printed ("BANTEN", "Provinsi Papua Barat Daya", "DKI Jakarta"); null when it is not one of the 38.</summary>
    public static IndonesianTimeZone? ZoneOf(string? name) =>
        name is not null && ByKey.TryGetValue(Key(name), out var entry) ? entry.Zone : null;

    private static string Key(string name)
    {
        var words = name.ToUpperInvariant().Split([' ', '.', ','], StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && words[0] is "KPU" or "KIP" or "PROVINSI" or "PROPINSI")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }
}
