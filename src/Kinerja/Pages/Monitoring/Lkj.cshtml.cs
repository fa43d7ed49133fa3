using Kinerja.Data;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Domain.Organisation;
using Kinerja.Monitoring;
using Kinerja.Pages.Documents;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Monitoring;

/// <summary>
/// The LKj achievement table of a PK: Target | Realisasi | Capaian | Kategori per indicator grouped by goal, with the unit's
/// budget realisation (pagu, realisasi, penyerapan). HTML preview, or the official document as <c>?format=pdf|xlsx|docx</c>
/// (<c>&amp;paper=f4</c>, <c>&amp;kop=0</c>). Capaian is the domain's, through TW <c>tw</c> (default IV).
/// </summary>
[OutputCache(PolicyName = LkjTableCache.PolicyName)]
public sealed class LkjModel(KinerjaDbContext db, PdfPrinter printer, TimeProvider clock) : PageModel
{
    public QuarterView View { get; private set; } = null!;

    public EntitySection Section { get; private set; } = null!;

    /// <summary>The head of the entity signs the table as in its downloads, dated the unit's local today; null while it has no head.</summary>
    public SignatureSource? Signature { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid planId, int? tw, string? format, string? paper, int? kop, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.Kind == Domain.Planning.PlanKind.Pk)
            .Select(p => new { p.WorkUnitId, p.Year }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null || tw is < 1 or > 4)
        {
            return NotFound();
        }

        View = (await QuarterView.LoadAsync(db, plan.WorkUnitId, plan.Year, tw ?? 4, cancellationToken))!;
        Section = View.Sections.Single(s => s.Plan.Id == planId);
        var today = LocalTime.Date(clock.GetUtcNow(), View.Unit);
        if (format is null || string.Equals(format, "html", StringComparison.OrdinalIgnoreCase))
        {
            Signature = MonitoringDocuments.Signature(View.Unit, Section.Entity, today);
            return Page();
        }

        var options = new DocumentOptions(string.Equals(paper, "f4", StringComparison.OrdinalIgnoreCase) ? PaperSize.F4 : PaperSize.A4, kop != 0);
        var name = $"lkj-{View.Year.Value}-{View.Unit.SatkerCode ?? "satker"}-{PlanLabels.Entity(Section.Entity).ToLowerInvariant()}-tw{View.Quarter}";
        return await DocumentResults.FileAsync(MonitoringDocuments.Lkj(View, Section, today), format, options, name, printer, cancellationToken);
    }
}
