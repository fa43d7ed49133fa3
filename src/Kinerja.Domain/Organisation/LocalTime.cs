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
/// A work unit's local time: the zone follows its province (<see cref="Provinces"/>, found by name, since the region codes
/// printed in budget documents are not one national numbering). KPU RI, and a unit whose province is not known, keep
/// Jakarta's time (WIB). Every time shown to a user goes through <see cref="Format(DateTimeOffset, IndonesianTimeZone)"/>.
/// </summary>
public static class LocalTime
{
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

    /// <summary>The unit's zone: its province's, else (a KPU Provinsi without a region code) its own name's, else WIB.</summary>
    public static IndonesianTimeZone ZoneOf(WorkUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return ZoneOf(unit.Name, unit.Level, unit.Province);
    }

    /// <summary>The zone of a unit known by its name, level and province (a page that reads only these).</summary>
    public static IndonesianTimeZone ZoneOf(string name, WorkUnitLevel level, Region? province) =>
        Provinces.ZoneOf(province?.Name)
            ?? (level == WorkUnitLevel.Province ? Provinces.ZoneOf(name) : null)
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
    public static DateOnly Date(DateTimeOffset at, WorkUnit unit) => Date(at, ZoneOf(unit));

    /// <summary>The calendar date in the zone at that moment (<see cref="Date(DateTimeOffset, WorkUnit)"/> for a page that reads only the unit's zone).</summary>
    public static DateOnly Date(DateTimeOffset at, IndonesianTimeZone zone) => DateOnly.FromDateTime(at.ToOffset(Offset(zone)).DateTime);
}
