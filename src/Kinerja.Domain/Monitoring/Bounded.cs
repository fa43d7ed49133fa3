namespace Kinerja.Domain.Monitoring;

/// <summary>
/// Arithmetic on targets and realisations that saturates at ±<see cref="decimal.MaxValue"/> instead of throwing: a
/// realisation of 29 digits, or a target of 0,000…1, is accepted by the parser and stored, and the pages that compute
/// capaian, sums of periods and projections from it must still answer. No real indicator comes near the bound.
/// </summary>
internal static class Bounded
{
    private const decimal Hundredth = decimal.MaxValue / 100m;

    /// <summary><paramref name="part"/> / <paramref name="whole"/> × 100; <paramref name="whole"/> is not 0.</summary>
    public static decimal Percent(decimal part, decimal whole)
    {
        var sign = Math.Sign(part) * Math.Sign(whole);
        if (Math.Abs(whole) < 1m && Math.Abs(part) > Math.Abs(whole) * Hundredth)
        {
            return Saturated(sign);
        }

        var ratio = part / whole;
        return Math.Abs(ratio) > Hundredth ? Saturated(sign) : ratio * 100m;
    }

    public static decimal Sum(IEnumerable<decimal> values)
    {
        var total = 0m;
        foreach (var value in values)
        {
            total = value > 0 && total > decimal.MaxValue - value ? decimal.MaxValue
                : value < 0 && total < decimal.MinValue - value ? decimal.MinValue
                : total + value;
        }

        return total;
    }

    /// <summary>The mean, from each value's share so that the sum of the shares cannot overflow.</summary>
    public static decimal Average(IEnumerable<decimal> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0m : Sum(list.Select(v => v / list.Count));
    }

    /// <summary><paramref name="value"/> × a non-negative <paramref name="factor"/>.</summary>
    public static decimal Times(decimal value, decimal factor) =>
        factor > 1m && Math.Abs(value) > decimal.MaxValue / factor ? Saturated(Math.Sign(value)) : value * factor;

    private static decimal Saturated(int sign) => sign < 0 ? decimal.MinValue : decimal.MaxValue;
}
