using System.Net;
using Kinerja.Demo;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Plans;

/// <summary>The editor refuses to remove an action, indicator or goal whose progress or realisation is reported, and stores nothing.</summary>
public sealed class PlanRemovalTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_action_with_reported_progress_is_not_removed_nor_its_indicator_nor_its_goal(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var (rak, progress, before) = await ReportedActionAsync(app);
        var action = rak.Actions.Single(a => a.Id == progress.ActionId);
        var indicator = rak.IndicatorOf(action);
        var goal = rak.GoalOf(indicator);

        foreach (var (element, id, expected) in new[]
        {
            ("action", action.Id, $"Aksi ini sudah dilaporkan kemajuannya pada {EarlyWarning.Name(progress.Period)}"),
            ("indicator", indicator.Id, $"Indikator ini memuat aksi \""),
            ("goal", goal.Id, $"Sasaran ini memuat aksi \""),
        })
        {
            var response = await RemoveAsync(client, rak.Id, element, id, rak.Revision);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(expected), html, StringComparison.Ordinal);
            Assert.Contains("tidak dapat dihapus.", html, StringComparison.Ordinal);
            Assert.DoesNotContain(PerformancePlan.RemoveReported, html, StringComparison.Ordinal);
        }

        await using var db = app.Database.Context();
        var after = (await PlanQueries.FindAsync(db, rak.Id))!;
        Assert.Equal(rak.Revision, after.Revision);
        Assert.Equal(rak.Actions.Select(a => a.Id), after.Actions.Select(a => a.Id));
        Assert.Equal(before, await db.Reports.AsNoTracking().SelectMany(r => r.ActionProgress).CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_PK_indicator_with_reported_realisations_is_not_removed_but_an_unreported_one_is(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        PerformancePlan pk;
        IndicatorRealisation realisation;
        await using (var db = app.Database.Context())
        {
            var serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
            var report = await db.Reports.AsNoTracking().Where(r => r.WorkUnitId == serang && r.Year == DemoData.Year).FirstAsync(r => r.Realisations.Any(x => x.Text != string.Empty));
            pk = (await PlanQueries.FindAsync(db, report.PlanId))!;
            realisation = report.Realisations.Where(r => r.Text.Length > 0).OrderBy(r => r.Period).First();
        }

        var refused = await RemoveAsync(client, pk.Id, "indicator", realisation.IndicatorId, pk.Revision);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"Indikator ini sudah dilaporkan realisasinya pada {EarlyWarning.Name(realisation.Period)}", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var goal = pk.GoalOf(pk.Indicators.Single(i => i.Id == realisation.IndicatorId));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await RemoveAsync(client, pk.Id, "goal", goal.Id, pk.Revision)).StatusCode);

        // An indicator nobody has reported on yet is removed as before.
        Guid added;
        int revision;
        await using (var db = app.Database.Context())
        {
            var tracked = await PlanQueries.Loaded(db).SingleAsync(p => p.Id == pk.Id);
            added = tracked.AddIndicator(tracked.Goals.Single(g => g.Id == goal.Id), "Indikator yang keliru", null).Id;
            await db.SaveChangesAsync();
            revision = tracked.Revision;
        }

        Assert.Equal(HttpStatusCode.OK, (await RemoveAsync(client, pk.Id, "indicator", added, revision)).StatusCode);
        await using var check = app.Database.Context();
        var after = (await PlanQueries.FindAsync(check, pk.Id))!;
        Assert.Equal(pk.Indicators.Select(i => i.Id), after.Indicators.Select(i => i.Id));
    }

    private static async Task<(PerformancePlan Rak, ActionProgress Progress, int Count)> ReportedActionAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        var serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
        var rak = (await PlanQueries.FindAsync(db, await db.Plans.Where(p => p.WorkUnitId == serang && p.Year == DemoData.Year && p.Kind == PlanKind.Rak).Select(p => p.Id).FirstAsync()))!;
        var progress = await db.Reports.AsNoTracking().Where(r => r.WorkUnitId == serang && r.Year == DemoData.Year).SelectMany(r => r.ActionProgress).ToListAsync();
        var first = progress.Where(p => rak.Actions.Any(a => a.Id == p.ActionId)).OrderBy(p => p.Period).First();
        return (rak, first, await db.Reports.AsNoTracking().SelectMany(r => r.ActionProgress).CountAsync());
    }

    private static Task<HttpResponseMessage> RemoveAsync(HttpClient client, Guid plan, string element, Guid id, int revision) =>
        Forms.PostAsync(client, $"/Rencana/{plan}?handler=Remove", new Dictionary<string, string>
        {
            ["element"] = element, ["elementId"] = id.ToString(), ["rev"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, htmx: true);
}
