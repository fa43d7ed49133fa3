using Kinerja.Data;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Domain.Organisation;
using Kinerja.Monitoring;
using Kinerja.Pages.Documents;
using Kinerja.Pages.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Kinerja.Pages.Monitoring;

/// <summary>
/// The Laporan Monitoring dan Evaluasi of a work unit for a quarter (<c>?tahun=&amp;tw=</c>): the HTML document as preview,
/// or a download as PDF, XLSX or DOCX (<c>&amp;format=</c>, <c>&amp;paper=f4</c>, <c>&amp;kop=0</c>). The year defaults
/// as on the quarter page; the quarter to TW IV.
/// </summary>
[OutputCache(PolicyName = MonitoringReportCache.PolicyName)]
public sealed class ReportModel(KinerjaDbContext db, PdfPrinter printer, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid unitId, int? tahun, int? tw, string? format, string? paper, int? kop, CancellationToken cancellationToken)
    {
        if (UnitYear.YearOf(tahun, clock) is not { } year || tw is < 1 or > 4)
        {
            return NotFound();
        }

        var view = await QuarterView.LoadAsync(db, unitId, year, tw ?? 4, cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        var options = new DocumentOptions(string.Equals(paper, "f4", StringComparison.OrdinalIgnoreCase) ? PaperSize.F4 : PaperSize.A4, kop != 0);
        var name = $"monev-{view.Year.Value}-tw{view.Quarter}-{view.Unit.SatkerCode ?? "satker"}";
        return await DocumentResults.FileAsync(MonitoringDocuments.Report(view, LocalTime.Date(clock.GetUtcNow(), view.Unit)), format?.ToLowerInvariant(), options, name, printer, cancellationToken);
    }
}
