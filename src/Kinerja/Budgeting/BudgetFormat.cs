using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Budgeting;

/// <summary>How the budget pages show and pre-fill values: Indonesian grouping, a sign on differences, volumes as typed.</summary>
public static class BudgetFormat
{
    /// <summary><c>+12.500.000</c>, <c>-10.000.000</c>, <c>0</c>.</summary>
    public static string Difference(Rupiah amount) => (amount.Value > 0 ? "+" : string.Empty) + IdFormat.Whole(amount.Value);

    public static string Amount(Rupiah? amount) => amount is { } value ? IdFormat.Whole(value.Value) : "–";

    public static string Volume(Volume? volume) => volume is { } value ? value.Display() : "–";

    /// <summary>A volume the way a person would type it back (<c>2,5 Paket</c>), with no thousands dots that would read as decimals.</summary>
    public static string VolumeInput(Volume? volume) =>
        volume is { } value ? value.Quantity.ToString("0.##", IdFormat.Numbers) + " " + value.Unit : string.Empty;

    public static string AmountInput(Rupiah? amount) => amount is { } value ? IdFormat.Whole(value.Value) : string.Empty;

    /// <summary>The shape a line directly below <paramref name="parent"/> takes, as a hint next to the code field.</summary>
    public static string ChildCodeExample(BudgetLine? parent) => parent?.Level switch
    {
        null => "076.01.WA",
        BudgetLevel.Program => "3355",
        BudgetLevel.Activity => $"{parent.Code}.EBA atau {parent.Code}.001",
        BudgetLevel.OutputClass => $"{parent.Code}.994",
        _ => $"{parent.Code}.051",
    };
}
