using System.Net;
using Kinerja.Changes;
using Kinerja.Demo;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Plans;

/// <summary>Plans of an undefined entity or kind are refused; a draft without reports is deleted from the editor or the unit page; one with reports is not.</summary>
public sealed class PlanDeletionTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_of_an_undefined_entity_or_kind_is_refused_and_nothing_is_stored(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var kudus = await UnitAsync(app, "KPU Kabupaten Kudus");
        int before;
        await using (var db = app.Database.Context())
        {
            before = await db.Plans.CountAsync();
        }

        foreach (var (entity, kind, style) in new[] { ("99", "Rkt", "None"), ("Commission", "99", "None"), ("Commission, Secretariat", "Rkt", "None"), ("Commission", "Rak", "7"), ("1", "2", "1") })
        {
            var response = await Forms.PostAsync(client, "/Rencana/Baru", Form(kudus, "2027", entity, kind, style), htmx: false);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        }

        await using var check = app.Database.Context();
        Assert.Equal(before, await check.Plans.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_draft_without_reports_is_deleted_from_the_editor_and_the_change_trail_says_so(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var kudus = await UnitAsync(app, "KPU Kabupaten Kudus");
        var created = await Forms.PostAsync(client, "/Rencana/Baru", Form(kudus, "2027", "Commission", "Rkt", "None"), htmx: false);
        var plan = Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
        Assert.Contains("Hapus rencana", await client.GetStringAsync(new Uri($"/Rencana/{plan}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains($"/Rencana/{plan}?handler=Delete", await client.GetStringAsync(new Uri($"/Satker/{kudus}?tahun=2027", UriKind.Relative)), StringComparison.Ordinal);

        var goal = await Forms.PostAsync(client, $"/Rencana/{plan}?handler=Save&element=goal", new Dictionary<string, string> { ["rev"] = "0", ["text"] = "Sasaran yang keliru", ["level"] = "Strategic" }, htmx: true);
        var stale = await Forms.PostAsync(client, $"/Rencana/{plan}?handler=Delete", new Dictionary<string, string> { ["rev"] = "0" }, htmx: false);
        var deleted = await Forms.PostAsync(client, $"/Rencana/{plan}?handler=Delete", new Dictionary<string, string> { ["rev"] = "1" }, htmx: false);

        Assert.Equal(HttpStatusCode.OK, goal.StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/Satker/{kudus}?tahun=2027", deleted.Headers.Location!.ToString());
        await using var db = app.Database.Context();
        Assert.False(await db.Plans.AnyAsync(p => p.Id == plan));
        var trail = await db.Changes.Where(c => c.SubjectId == plan).OrderBy(c => c.Revision).Select(c => c.Summary).ToListAsync();
        Assert.Equal(["Rencana Kinerja Tahunan KPU tahun 2027 dibuat.", "Sasaran baru: \"Sasaran yang keliru\".", "Rencana Kinerja Tahunan KPU tahun 2027 dihapus."], trail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri($"/Rencana/{plan}", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stored_plan_of_an_undefined_entity_or_kind_is_listed_on_the_unit_page_and_can_be_deleted(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var serang = await UnitAsync(app, "KPU Kota Serang");
        Guid entityPlan;
        Guid kindPlan;
        await using (var db = app.Database.Context())
        {
            // As the form stored them before enums were checked: Enum.TryParse read "99" as a value.
            var rkts = await db.Plans.Where(p => p.WorkUnitId == serang && p.Year == DemoData.Year && p.Kind == PlanKind.Rkt).OrderBy(p => p.Entity).Select(p => p.Id).ToListAsync();
            (entityPlan, kindPlan) = (rkts[0], rkts[1]);
            await db.Plans.Where(p => p.Id == entityPlan).ExecuteUpdateAsync(s => s.SetProperty(p => p.Entity, (EntityKind)99));
            await db.Plans.Where(p => p.Id == kindPlan).ExecuteUpdateAsync(s => s.SetProperty(p => p.Kind, (PlanKind)99));
        }

        var unitPage = await client.GetAsync(new Uri($"/Satker/{serang}?tahun={DemoData.Year}", UriKind.Relative));
        var html = await unitPage.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, unitPage.StatusCode);
        Assert.Contains($"Rencana Kinerja Tahunan entitas tidak dikenal tahun {DemoData.Year}", html, StringComparison.Ordinal);
        Assert.Contains($"Rencana berjenis tidak dikenal Sekretariat tahun {DemoData.Year}", html, StringComparison.Ordinal);
        Assert.Contains($"/Rencana/{entityPlan}?handler=Delete", html, StringComparison.Ordinal);
        Assert.Contains($"/Rencana/{kindPlan}?handler=Delete", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/Rencana/{entityPlan}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/Rencana/{kindPlan}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"/?tahun={DemoData.Year}", UriKind.Relative))).StatusCode);

        foreach (var plan in new[] { entityPlan, kindPlan })
        {
            int rev;
            await using (var db = app.Database.Context())
            {
                rev = await db.Plans.Where(p => p.Id == plan).Select(p => p.Revision).SingleAsync();
            }

            var deleted = await Forms.PostAsync(client, $"/Rencana/{plan}?handler=Delete", new Dictionary<string, string> { ["rev"] = rev.ToString(System.Globalization.CultureInfo.InvariantCulture) }, htmx: false);
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        await using var check = app.Database.Context();
        Assert.False(await check.Plans.AnyAsync(p => p.Id == entityPlan || p.Id == kindPlan));
        Assert.Equal(2, await check.Changes.CountAsync(c => (c.SubjectId == entityPlan || c.SubjectId == kindPlan) && c.Summary.EndsWith("dihapus.")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_with_reports_is_not_deleted(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var serang = await UnitAsync(app, "KPU Kota Serang");
        List<(Guid Id, int Revision)> reported;
        await using (var db = app.Database.Context())
        {
            // The demo reports every PK's realisations and its RAK's progress.
            var plans = await db.Plans.Where(p => p.WorkUnitId == serang && p.Year == DemoData.Year && p.Kind != PlanKind.Rkt).Select(p => new { p.Id, p.Revision }).ToListAsync();
            reported = [.. plans.Select(p => (p.Id, p.Revision))];
        }

        Assert.Equal(4, reported.Count);
        foreach (var (plan, revision) in reported)
        {
            Assert.DoesNotContain("Hapus rencana", await client.GetStringAsync(new Uri($"/Rencana/{plan}", UriKind.Relative)), StringComparison.Ordinal);
            var response = await Forms.PostAsync(client, $"/Rencana/{plan}?handler=Delete", new Dictionary<string, string> { ["rev"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) }, htmx: false);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("sudah memiliki laporan realisasi atau kemajuan aksi", html, StringComparison.Ordinal);
        }

        await using var check = app.Database.Context();
        var ids = reported.Select(r => r.Id).ToList();
        Assert.Equal(4, await check.Plans.CountAsync(p => ids.Contains(p.Id)));
        Assert.Equal(0, await check.Changes.CountAsync(c => c.Summary.EndsWith("dihapus.") && c.Subject == ChangeSubject.Plan));
    }

    private static Dictionary<string, string> Form(Guid unit, string year, string entity, string kind, string style) => new()
    {
        ["workUnitId"] = unit.ToString(), ["year"] = year, ["entity"] = entity, ["kind"] = kind, ["scheduleStyle"] = style,
    };

    private static async Task<Guid> UnitAsync(KinerjaApp app, string name)
    {
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }
}
