using Kinerja.Access;
using Kinerja.Demo;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Data;

public static class DatabaseSetup
{
    /// <summary>Brings the database to the latest migration and, when it holds no work unit yet and demo data is wanted, loads the demo set.</summary>
    public static async Task PrepareAsync(DatabaseSettings settings, bool loadDemo, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = settings.CreateContext(WorkUnitScope.National);
        await db.Database.MigrateAsync(cancellationToken);
        if (loadDemo && !await db.WorkUnits.AnyAsync(cancellationToken))
        {
            var counts = await DemoData.LoadAsync(db, cancellationToken);
            logger.LogInformation("Data demo dimuat: {Units} satuan kerja, {Plans} rencana, {Budgets} versi anggaran.", counts.WorkUnits, counts.Plans, counts.BudgetVersions);
        }

        // Every deployment has KPU RI: the first admin nasional is created on it (CLI `user add … --unit nasional`) before
        // any document names a unit; imports then find it instead of creating it.
        if (!await db.WorkUnits.AnyAsync(w => w.Level == WorkUnitLevel.National, cancellationToken))
        {
            db.WorkUnits.Add(WorkUnit.CreateNational("KPU RI", "Jakarta"));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
