using Kinerja.Access;
using Kinerja.Demo;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Brings the database to the latest migration and, when it holds no work unit yet and demo data is wanted, loads the demo set
    /// with its demo users (printed in the console). Without demo data nobody is created: the first admin comes from <c>user add</c>.
    /// </summary>
    public static async Task PrepareAsync(DatabaseSettings settings, bool loadDemo, ILogger logger, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var db = settings.CreateContext(WorkUnitScope.National);
        await db.Database.MigrateAsync(cancellationToken);
        if (loadDemo && !await db.WorkUnits.AnyAsync(cancellationToken))
        {
            var counts = await DemoData.LoadAsync(db, cancellationToken);
            logger.LogInformation("Data demo dimuat: {Units} satuan kerja, {Plans} rencana, {Budgets} versi anggaran.", counts.WorkUnits, counts.Plans, counts.BudgetVersions);
            foreach (var (user, unit) in await DemoUsers.CreateAsync(settings, clock ?? TimeProvider.System, cancellationToken))
            {
                logger.LogWarning("{DemoUser}", DemoUsers.Line(user, unit));
            }
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
