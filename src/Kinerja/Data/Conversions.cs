using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Kinerja.Data;

/// <summary>Value types are stored in their machine form: whole Rupiah as bigint, targets and codes as the text that parses back to them.</summary>
internal static class Conversions
{
    public static void Configure(ModelConfigurationBuilder builder)
    {
        builder.Properties<Rupiah>().HaveConversion<RupiahConverter>();
        builder.Properties<FiscalYear>().HaveConversion<FiscalYearConverter>();
        builder.Properties<Target>().HaveConversion<TargetConverter>().HaveMaxLength(500);
        builder.Properties<BudgetCode>().HaveConversion<BudgetCodeConverter>().HaveMaxLength(40);
        builder.Properties<Period>().HaveConversion<PeriodConverter>().HaveMaxLength(3);
        builder.Properties<Nip>().HaveConversion<NipConverter>().HaveMaxLength(18);
        builder.Properties<Region>().HaveConversion<RegionConverter>().HaveMaxLength(220);
        builder.Properties<Volume>().HaveConversion<VolumeConverter>().HaveMaxLength(120);
        builder.Properties<string>().HaveMaxLength(4000);
    }

    private sealed class RupiahConverter() : ValueConverter<Rupiah, long>(r => r.Value, v => new Rupiah(v));

    private sealed class FiscalYearConverter() : ValueConverter<FiscalYear, int>(y => y.Value, v => new FiscalYear(v));

    private sealed class TargetConverter() : ValueConverter<Target, string>(t => t.Text, v => Target.Parse(v));

    private sealed class BudgetCodeConverter() : ValueConverter<BudgetCode, string>(c => c.Value, v => BudgetCode.Parse(v));

    private sealed class PeriodConverter() : ValueConverter<Period, string>(p => p.Code, v => Period.Parse(v));

    private sealed class NipConverter() : ValueConverter<Nip, string>(n => n.Digits, v => Nip.Parse(v));

    private sealed class RegionConverter() : ValueConverter<Region, string>(r => r.ToString(), v => Region.Parse(v));

    private sealed class VolumeConverter() : ValueConverter<Volume, string>(v => v.ToString(), v => Volume.Parse(v));
}
