using Kinerja.Domain.Common;

namespace Kinerja.Domain.Monitoring;

/// <summary>
/// A category (kategori) of capaian: <paramref name="Name"/> applies from <paramref name="Minimum"/> up to the next band's minimum.
/// Bands are data because the documents disagree on them.
/// </summary>
public sealed record CategoryBand(string Name, decimal Minimum);

/// <summary>How a grade or audit-opinion target that is missed is scored.</summary>
public enum OrdinalScoring
{
    /// <summary>Met (the realised grade is at least the target grade) is 100%, missed is 0%: the primer's "met when at least".</summary>
    Binary,

    /// <summary>Met is 100%; missed is the realised position over the target position on the scale counted from 1 (target BB = 5, realised B = 4 → 80%).</summary>
    Stepwise,
}

/// <summary>
/// The configuration under which capaian is computed, coloured and watched for a year: the cap, the category bands,
/// how grades are scored and when early warnings fire. Reports differ on all of these, so none is hard-coded.
/// </summary>
public sealed record AchievementPolicy
{
    /// <summary>The bands printed in the primer: 91–100 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang, ≤50 Sangat Kurang.</summary>
    public static readonly IReadOnlyList<CategoryBand> StandardBands =
    [
        new("Sangat Baik", 91m),
        new("Baik", 76m),
        new("Cukup", 66m),
        new("Kurang", 51m),
        new("Sangat Kurang", 0m),
    ];

    /// <summary>Capaian capped at 100%, the primer's bands, binary grades, warnings below 100% projected or 5 points behind the RPD.</summary>
    public static readonly AchievementPolicy Standard = new();

    /// <summary>The year this policy is for; null for a policy that is not tied to one.</summary>
    public FiscalYear? Year { get; init; }

    /// <summary>The highest capaian shown, in percent (100 by default); null shows capaian uncapped (107,14%).</summary>
    public decimal? Cap
    {
        get;
        init
        {
            Rule.Require(value is null or >= 100m, "POLICY_CAP_INVALID", "Batas atas capaian tidak boleh kurang dari 100%.");
            field = value;
        }
    } = 100m;

    /// <summary>
    /// The category bands, highest first. A value belongs to the first band whose minimum it reaches, compared after rounding
    /// to 2 decimals; the lowest band also takes everything below its minimum. So 90,99 is Baik and 90,996 (→ 91,00) is Sangat Baik:
    /// the gaps between printed integer bounds (90 … 91) belong to the lower band.
    /// </summary>
    public IReadOnlyList<CategoryBand> Bands
    {
        get;
        init
        {
            Rule.Require(value is { Count: > 0 }, "POLICY_BANDS_INVALID", "Kategori capaian wajib diisi.");
            Rule.Require(
                value.Select(b => b.Minimum).Distinct().Count() == value.Count && value.Select(b => b.Name).Distinct().Count() == value.Count,
                "POLICY_BANDS_INVALID",
                "Kategori capaian tidak boleh memiliki nama atau batas bawah yang sama.");
            Rule.Require(value.All(b => !string.IsNullOrWhiteSpace(b.Name)), "POLICY_BANDS_INVALID", "Nama kategori capaian wajib diisi.");
            field = [.. value.OrderByDescending(b => b.Minimum)];
        }
    } = StandardBands;

    public OrdinalScoring OrdinalScoring { get; init; } = OrdinalScoring.Binary;

    /// <summary>An indicator is at risk when its projected year-end capaian (rounded) is below this, in percent.</summary>
    public decimal WarningThreshold
    {
        get;
        init
        {
            Rule.Require(value is > 0m and <= 1000m, "POLICY_THRESHOLD_INVALID", "Ambang peringatan capaian harus di antara 0 dan 1000%.");
            field = value;
        }
    } = 100m;

    /// <summary>
    /// A budget line is at risk when its absorption trails the RPD to date by more than this many percentage points of the pagu.
    /// 5 echoes the treasury's 5% tolerance on the deviation from the disbursement plan.
    /// </summary>
    public decimal AbsorptionTolerance
    {
        get;
        init
        {
            Rule.Require(value is >= 0m and <= 100m, "POLICY_THRESHOLD_INVALID", "Toleransi penyerapan harus di antara 0 dan 100 poin.");
            field = value;
        }
    } = 5m;

    /// <summary>The band of a capaian already rounded to 2 decimals.</summary>
    public CategoryBand CategoryOf(decimal roundedPercent) =>
        Bands.FirstOrDefault(b => roundedPercent >= b.Minimum) ?? Bands[^1];
}
