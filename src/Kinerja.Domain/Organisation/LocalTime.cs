using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Organisation;

/// <summary>The three time zones of Indonesia, named as people read them after a time.</summary>
public enum IndonesianTimeZone
{
    /// <summary>Waktu Indonesia Barat, UTC+7: Sumatra, Java, West and Central Kalimantan.</summary>
    Wib,

    /// <summary>Waktu Indonesia Tengah, UTC+8: South, East and North Kalimantan, Bali, NTB, NTT, Sulawesi.</summary>
    Wita,

    /// <summary>Waktu Indonesia Timur, UTC+9: Maluku, Maluku Utara and the Papua provinces.</summary>
    Wit,
}

/// <summary>
/// A work unit's local time: the zone follows its province (the 38 provinces below, found by name, since the region codes
/// printed in budget documents are not one national numbering). KPU RI, and a unit whose province is not known, keep
/// Jakarta's time (WIB). Every time shown to a user goes through <see cref="Format(DateTimeOffset, IndonesianTimeZone)"/>.
/// </summary>
public static class LocalTime
{
    // The 38 provinces (2022), each first by its official name, then by the other names documents give it.
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
        (IndonesianTimeZone.Wib, ["DI Yogyakarta", "Daerah Istimewa Yogyakarta", "Yogyakarta"]),
        (IndonesianTimeZone.Wib, ["Jawa Timur"]),
        (IndonesianTimeZone.Wib, ["Kalimantan Barat"]),
        (IndonesianTimeZone.Wib, ["Kalimantan Tengah"]),
        (IndonesianTimeZone.Wita, ["Kalimantan Selatan"]),
        (IndonesianTimeZone.Wita, ["Kalimantan Timur"]),
        (IndonesianTimeZone.Wita, ["Kalimantan Utara"]),
        (IndonesianTimeZone.Wita, ["Bali"]),
        (IndonesianTimeZone.Wita, ["Nusa Tenggara Barat", "NTB"]),
        (IndonesianTimeZone.Wita, ["Nusa Tenggara Timur", "NTT"]),
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

    private static readonly Dictionary<string, IndonesianTimeZone> Provinces = Build();

    public static TimeSpan Offset(IndonesianTimeZone zone) => TimeSpan.FromHours(zone switch
    {
        IndonesianTimeZone.Wita => 8,
        IndonesianTimeZone.Wit => 9,
        _ => 7,
    });

    public static string Suffix(IndonesianTimeZone zone) => zone switch
    {
        IndonesianTimeZone.Wita => "WITA",
        IndonesianTimeZone.Wit => "WIT",
        _ => "WIB",
    };

    /// <summary>The zone of a province by its name as printed ("BANTEN", "Provinsi Papua Barat Daya", "DKI Jakarta"); null when it is not one of the 38.</summary>
    public static IndonesianTimeZone? OfProvince(string? name) =>
        name is not null && Provinces.TryGetValue(Key(name), out var zone) ? zone : null;

    /// <summary>The unit's zone: its province's, else (a KPU Provinsi without a region code) its own name's, else WIB.</summary>
    public static IndonesianTimeZone ZoneOf(WorkUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return ZoneOf(unit.Name, unit.Level, unit.Province);
    }

    /// <summary>The zone of a unit known by its name, level and province (a page that reads only these).</summary>
    public static IndonesianTimeZone ZoneOf(string name, WorkUnitLevel level, Region? province) =>
        OfProvince(province?.Name)
            ?? (level == WorkUnitLevel.Province ? OfProvince(name) : null)
            ?? IndonesianTimeZone.Wib;

    /// <summary>"5 Januari 2026 14.05 WIB": the moment in the zone's local time, Indonesian date, hours and minutes with a dot.</summary>
    public static string Format(DateTimeOffset at, IndonesianTimeZone zone)
    {
        var local = at.ToOffset(Offset(zone));
        return string.Create(CultureInfo.InvariantCulture, $"{IdFormat.Date(DateOnly.FromDateTime(local.DateTime))} {local:HH.mm} {Suffix(zone)}");
    }

    /// <summary>The moment in the unit's local time (<see cref="Format(DateTimeOffset, IndonesianTimeZone)"/>).</summary>
    public static string Format(DateTimeOffset at, WorkUnit unit) => Format(at, ZoneOf(unit));

    /// <summary>The calendar date at the unit's place at that moment: what a document signed now is dated.</summary>
    public static DateOnly Date(DateTimeOffset at, WorkUnit unit) => DateOnly.FromDateTime(at.ToOffset(Offset(ZoneOf(unit))).DateTime);

    private static string Key(string name)
    {
        var words = name.ToUpperInvariant().Replace('.', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 0 && words[0] is "KPU" or "KIP")
        {
            words.RemoveAt(0);
        }

        if (words.Count > 0 && words[0] == "PROVINSI")
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words);
    }

    /// <summary>The official names of the 38 provinces (2022), as the table knows them.</summary>
    public static IReadOnlyList<string> ProvinceNames { get; } = [.. Table.Select(t => t.Names[0])];

    private static Dictionary<string, IndonesianTimeZone> Build() =>
        Table.SelectMany(t => t.Names.Select(n => (Key: Key(n), t.Zone))).ToDictionary(p => p.Key, p => p.Zone, StringComparer.Ordinal);
}
