using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Budgeting;

/// <summary>Volume and unit of a budget output: <c>1.00 Laporan</c>, <c>3 Dokumen</c>.</summary>
public readonly partial record struct Volume
{
    public Volume(decimal quantity, string unit)
    {
        Rule.Require(quantity >= 0, "VOLUME_INVALID", "Volume tidak boleh negatif.");
        Quantity = quantity;
        Unit = Rule.Text(unit, "VOLUME_INVALID", "Satuan volume", 100);
    }

    public decimal Quantity { get; }

    public string Unit { get; }

    public static bool TryParse(string? text, out Volume volume)
    {
        volume = default;
        var match = Pattern().Match(Digits.ToAscii(text?.Trim() ?? string.Empty));
        if (!match.Success
            || !decimal.TryParse(match.Groups[1].Value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var quantity)
            || match.Groups[2].Value.Trim().Length > 100)
        {
            return false;
        }

        volume = new Volume(quantity, match.Groups[2].Value);
        return true;
    }

    public static Volume Parse(string text) =>
        TryParse(text, out var volume)
            ? volume
            : throw new RuleViolationException("VOLUME_INVALID", $"\"{text}\" bukan volume/satuan (contoh: 1 Laporan).");

    /// <summary>Indonesian print form: <c>1 Laporan</c>, <c>2,5 Paket</c>.</summary>
    public string Display() => $"{IdFormat.Number(Quantity)} {Unit}";

    /// <summary>The invariant machine form that <see cref="Parse"/> reads back.</summary>
    public override string ToString() =>
        Unit is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{Quantity:0.##} {Unit}");

    [GeneratedRegex(@"^(\d+(?:[.,]\d+)?)\s+(\S.*)$")]
    private static partial Regex Pattern();
}
