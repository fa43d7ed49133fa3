using ClosedXML.Excel;
using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Monitoring;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Monitoring;

/// <summary>
/// The LKj achievement table of a PK: Target | Realisasi | Capaian | Kategori per indicator grouped by goal, with the unit's
/// budget realisation (pagu, realisasi, penyerapan). HTML preview, or <c>?format=xlsx</c>. Capaian is the domain's, through TW <c>tw</c> (default IV).
/// </summary>
[OutputCache(PolicyName = LkjTableCache.PolicyName)]
public sealed class LkjModel(KinerjaDbContext db) : PageModel
{
    public QuarterView View { get; private set; } = null!;

    public EntitySection Section { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid planId, int? tw, string? format, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId && p.Kind == Domain.Planning.PlanKind.Pk)
            .Select(p => new { p.WorkUnitId, p.Year }).SingleOrDefaultAsync(cancellationToken);
        if (plan is null || tw is < 1 or > 4)
        {
            return NotFound();
        }

        View = (await QuarterView.LoadAsync(db, plan.WorkUnitId, plan.Year, tw ?? 4, cancellationToken))!;
        Section = View.Sections.Single(s => s.Plan.Id == planId);
        return format?.ToUpperInvariant() switch
        {
            null or "" or "HTML" => Page(),
            "XLSX" => File(Xlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"LKj-{View.Unit.Name}-{PlanLabels.Entity(Section.Entity)}-{View.Year.Value}.xlsx"),
            _ => NotFound(),
        };
    }

    private byte[] Xlsx()
    {
        using var book = new XLWorkbook();
        var sheet = book.AddWorksheet("Capaian");
        sheet.Cell(1, 1).Value = $"Capaian Kinerja {PlanLabels.Entity(Section.Entity)} {View.Unit.Name} Tahun {View.Year.Value} (s.d. {MonitoringLabels.Quarter(View.Quarter)})";
        sheet.Cell(1, 1).Style.Font.Bold = true;
        string[] headers = ["No", "Sasaran / Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(3, c + 1).Value = headers[c];
            sheet.Cell(3, c + 1).Style.Font.Bold = true;
        }

        var r = 4;
        foreach (var goal in Section.Plan.Goals)
        {
            sheet.Cell(r, 1).Value = goal.Number ?? (goal.Position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sheet.Cell(r, 2).Value = goal.Statement;
            sheet.Range(r, 2, r, 6).Merge().Style.Font.Bold = true;
            r++;
            foreach (var row in Section.Rows.Where(x => x.Goal.Id == goal.Id))
            {
                sheet.Cell(r, 2).Value = row.Indicator.Text;
                sheet.Cell(r, 3).Value = row.Indicator.Target?.Display() ?? "–";
                sheet.Cell(r, 4).Value = row.Outlook.SoFar.Value.Display();
                sheet.Cell(r, 5).Value = row.ToDate.Display();
                sheet.Cell(r, 6).Value = row.ToDate.Category?.Name ?? "–";
                r++;
            }
        }

        r += 1;
        sheet.Cell(r, 2).Value = "Realisasi anggaran";
        sheet.Cell(r, 2).Style.Font.Bold = true;
        r++;
        sheet.Cell(r, 2).Value = "Pagu";
        sheet.Cell(r, 3).Value = View.Ceiling.Value;
        sheet.Cell(r + 1, 2).Value = "Realisasi";
        sheet.Cell(r + 1, 3).Value = View.RealisedToDate.Value;
        sheet.Range(r, 3, r + 1, 3).Style.NumberFormat.Format = "#,##0";
        sheet.Cell(r + 2, 2).Value = "Penyerapan";
        sheet.Cell(r + 2, 3).Value = View.Absorption is { } a ? IdFormat.Percent(Achievement.Round(a)) : "–";
        sheet.Column(2).Width = 70;
        sheet.Columns(3, 6).Width = 16;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }
}
