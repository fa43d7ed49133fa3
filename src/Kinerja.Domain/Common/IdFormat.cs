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

    /// <summary>
    /// A date as a document states it ("5 Januari 2018", "tanggal 14-04-2026"), or null when there is no such day or its year
    /// cannot belong to a plan or budget: from the year before the first fiscal year (a plan is signed before its year starts)
    /// to the last one. Checked before a <see cref="DateOnly"/> is made, so that a day 0, a 31 April or a year 0 or 99999 in a
    /// document is a finding of its reader, never an exception.
    /// </summary>
    public static DateOnly? DocumentDate(int year, int month, int day) =>
        year is >= FiscalYear.First - 1 and <= FiscalYear.Last && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

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

    /// <summary>
    /// <c>1.159.691.000</c>. A figure beyond the ceiling of <see cref="Common.Rupiah.Max"/> (only a row stored before the
    /// ceiling, or a total of such rows, can be one) prints as beyond it, not as the saturated number its sum became.
    /// </summary>
    public static string Whole(long value) =>
        value > Common.Rupiah.Max ? "> " + Whole(Common.Rupiah.Max)
        : value < -Common.Rupiah.Max ? "< -" + Whole(Common.Rupiah.Max)
        : value.ToString("#,0", Numbers);

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
