using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>
/// What people read is formatted the Indonesian way (<c>1.159.691.000</c>, <c>97,5%</c>, <c>5 Januari 2018</c>),
/// written out here rather than taken from the machine's ICU data so that every server prints the same.
/// </summary>
public static class IdFormat
{
    private static readonly string[] MonthNames =
    [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ];

    public static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
        CurrencyDecimalSeparator = ",",
        CurrencyGroupSeparator = ".",
        CurrencySymbol = "Rp",
        NegativeSign = "-",
    };

    public static string MonthName(int month) =>
        month is >= 1 and <= 12
            ? MonthNames[month - 1]
            : throw new ArgumentOutOfRangeException(nameof(month), month, "Bulan harus 1 sampai 12.");

    /// <summary>Finds a month by its Indonesian name, case-insensitive; 0 when it is not one.</summary>
    public static int MonthNumber(string name)
    {
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (string.Equals(MonthNames[i], name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {MonthName(date.Month)} {date.Year}");

    public static string Whole(long value) => value.ToString("#,0", Numbers);

    /// <summary>A decimal with up to <paramref name="maxDecimals"/> decimals and no trailing zeros: 97,5 and 100.</summary>
    public static string Number(decimal value, int maxDecimals = 2)
    {
        var rounded = Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero);
        var pattern = maxDecimals == 0 ? "#,0" : "#,0." + new string('#', maxDecimals);
        return rounded.ToString(pattern, Numbers);
    }

    public static string Percent(decimal value, int maxDecimals = 2) => Number(value, maxDecimals) + "%";

    public static string Rupiah(long amount) => "Rp " + Whole(amount);
}
