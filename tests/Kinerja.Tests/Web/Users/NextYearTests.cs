using System.Net;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Monitoring;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Users;

/// <summary>
/// Starting next year from this year: the plans are copied, the unit page offers the new DIPA from last year's newest
/// version (lines and amounts, as a draft without a DIPA number), and each PK keeps the reporting frequency it had.
/// </summary>
public sealed class NextYearTests
{
    private static readonly FiscalYear From = new(2026);
    private static readonly FiscalYear To = new(2027);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Next_years_DIPA_starts_from_the_last_versions_lines_and_the_plans_get_their_outputs(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid serang;
        await using (var db = app.Database.Context())
        {
            serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
        }

        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var copied = await Forms.PostAsync(client, "/Rencana/TahunBerikut", new Dictionary<string, string> { ["workUnitId"] = serang.ToString(), ["fromYear"] = "2026" }, htmx: false);
        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);

        var unitPage = await client.GetStringAsync(new Uri($"/Satker/{serang}?tahun=2027", UriKind.Relative));
        Assert.Contains("Mulai DIPA 2027 dari anggaran 2026", unitPage, StringComparison.Ordinal);
        Assert.Contains("name=\"dari\" value=\"tahun-sebelumnya\"", unitPage, StringComparison.Ordinal);

        var started = await Forms.PostAsync(client, "/Anggaran/Baru", new Dictionary<string, string> { ["workUnitId"] = serang.ToString(), ["year"] = "2027", ["dari"] = "tahun-sebelumnya" }, htmx: false);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);

        await using (var db = app.Database.Context())
        {
            var last = (await BudgetQueries.LatestAsync(db, serang, From))!;
            var next = (await BudgetQueries.LatestAsync(db, serang, To))!;
            Assert.Equal(0, next.Number);
            Assert.Null(next.DipaNumber);
            Assert.Null(next.DipaDate);
            Assert.Equal(last.Lines.Select(l => (l.Code.Value, l.Title, l.Baseline, l.NewInitiative, l.Volume)), next.Lines.Select(l => (l.Code.Value, l.Title, l.Baseline, l.NewInitiative, l.Volume)));
            Assert.Equal(last.Total, next.Total);
            Assert.Equal(last.Lines.Sum(l => l.Statements.Count), next.Lines.Sum(l => l.Statements.Count));
            Assert.Equal(1, last.Number);

            // The copied RAK now offers the outputs of its year's budget.
            var rak = await PlanQueries.Loaded(db).AsNoTracking().FirstAsync(p => p.WorkUnitId == serang && p.Year == To && p.Kind == PlanKind.Rak);
            var row = await client.GetStringAsync(new Uri($"/Rencana/{rak.Id}?handler=Row&element=action&elementId={rak.Actions.First().Id}", UriKind.Relative));
            Assert.All(next.Outputs, o => Assert.Contains($"<option value=\"{o.Code.Value}\"", row, StringComparison.Ordinal));
        }

        // Started once: a second start is refused, not doubled.
        var again = await Forms.PostAsync(client, "/Anggaran/Baru", new Dictionary<string, string> { ["workUnitId"] = serang.ToString(), ["year"] = "2027", ["dari"] = "tahun-sebelumnya" }, htmx: false);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_copied_PK_is_reported_as_often_as_last_year(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Dictionary<string, Guid> units;
        await using (var db = app.Database.Context())
        {
            units = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang" || w.Name == "KPU Kabupaten Kudus").ToDictionaryAsync(w => w.Name, w => w.Id);
        }

        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var id in units.Values)
        {
            var copied = await Forms.PostAsync(client, "/Rencana/TahunBerikut", new Dictionary<string, string> { ["workUnitId"] = id.ToString(), ["fromYear"] = "2026" }, htmx: false);
            Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        }

        await using (var db = app.Database.Context())
        {
            foreach (var (name, id) in units)
            {
                var before = (await QuarterView.LoadAsync(db, id, From, 1, CancellationToken.None))!;
                var after = (await QuarterView.LoadAsync(db, id, To, 1, CancellationToken.None))!;
                Assert.Equal(
                    before.Sections.Select(s => (s.Entity, s.Style)),
                    after.Sections.Select(s => (s.Entity, s.Style)));
                Assert.All(after.Sections, s => Assert.Empty(s.Report!.Realisations));
                Assert.Equal(name == "KPU Kabupaten Kudus" ? ScheduleStyle.Monthly : ScheduleStyle.Quarterly, after.Sections.Single(s => s.Entity == EntityKind.Secretariat).Style);
            }
        }

        // The quarter page of the new year asks for the quarter, as last year's did (Serang's secretariat RAK is monthly).
        var quarter = await client.GetStringAsync(new Uri($"/Satker/{units["KPU Kota Serang"]}/Monev?tahun=2027&tw=1", UriKind.Relative));
        Assert.DoesNotContain("aria-label=\"Bulan\"", quarter, StringComparison.Ordinal);
    }
}
