using Kinerja.Data;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Documents;

/// <summary>The RKA Satker Bagian A of a work unit's latest budget version for a year, as preview or download.</summary>
public sealed class BudgetModel(KinerjaDbContext db, PdfPrinter printer) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid unitId, int year, string? format, string? paper, int? kop, CancellationToken cancellationToken)
    {
        if (year is < FiscalYear.First or > FiscalYear.Last)
        {
            return NotFound();
        }

        var unit = await db.WorkUnits.AsNoTracking().SingleOrDefaultAsync(w => w.Id == unitId, cancellationToken);
        var document = unit is null ? null : await DocumentQueries.RkaAsync(db, unit, new FiscalYear(year), cancellationToken);
        if (document is null)
        {
            return NotFound();
        }

        var options = new DocumentOptions(string.Equals(paper, "f4", StringComparison.OrdinalIgnoreCase) ? PaperSize.F4 : PaperSize.A4, kop != 0);
        return await DocumentResults.FileAsync(document, format, options, $"rka-{year}-{unit!.SatkerCode ?? "satker"}", printer, cancellationToken);
    }
}
