using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Budgeting;

/// <summary>A date from a form: the browser's date field sends 2026-04-14; typed by hand it is 14/04/2026 or 14-4-2026.</summary>
public static class DateInput
{
    public const string Invalid = "DATE_INVALID";

    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public static DateOnly? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(Digits.ToAscii(text.Trim()), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new RuleViolationException(Invalid, $"\"{text.Trim()}\" bukan tanggal (contoh: 14/04/2026).");
    }

    /// <summary>The machine form a date field shows.</summary>
    public static string Value(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
}
