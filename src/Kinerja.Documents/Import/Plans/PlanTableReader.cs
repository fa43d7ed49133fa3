using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Import.Plans;

/// <summary>
/// Reads the plan tables of an RAK, RKT or PK: one plan per table part (the commission's, the secretariat's), ended by
/// its signature block or by a table with other headings. Rows become goals, indicators and actions the way the printed
/// table groups them: an empty goal or indicator cell continues the one above (a merged cell), a row that only continues
/// text at the top of a new page is joined to the row it belongs to.
/// </summary>
public static partial class PlanTableReader
{
    private static readonly string[] Marks = ["■", "□", "√", "✓", "✔", "v", "V", "x", "X", "●", "•", "*", "o"];

    public static void Read(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lines = context.Lines;
        var kind = context.Document.Kind switch
        {
            DocumentKind.Rkt => PlanKind.Rkt,
            DocumentKind.Pk => PlanKind.Pk,
            _ => PlanKind.Rak,
        };
        var titles = DocumentHeader.HeaderLines(context.Source).Where(l => !l.IsBlank).ToList();
        Part? part = null;
        var parts = new List<Part>();
        var start = DocumentHeader.HeaderLines(context.Source).Count();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                // Extracted text marks a page break with an empty line; the next row may continue a cell of the last one.
                if (part is not null)
                {
                    part.AtPageTop = true;
                }

                continue;
            }

            if (context.Ledger.UseOf(line).Use == LineUse.Used)
            {
                continue;
            }

            if (!line.IsTableRow || (part is null && DocumentHeader.IsField(line)))
            {
                if (SignatureReader.IsPlaceAndDate(line))
                {
                    var end = Enumerable.Range(i + 1, lines.Count - i - 1).FirstOrDefault(j => lines[j].IsTableRow && !SignatureReader.SideBySide(lines[j]), lines.Count);
                    var signature = SignatureReader.Read(context, i, end);
                    var signed = part ?? parts.LastOrDefault(p => p.Plan.Signatory is null);
                    if (signed is not null && signature is not null)
                    {
                        signed.Plan.Signatory = signature;
                    }
                    else if (signature is not null)
                    {
                        context.Find(Severity.Warning, "SIGNATURE_WITHOUT_TABLE", $"Blok tanda tangan tanpa tabel rencana sebelumnya ({ImportContext.Where(line)}).", line);
                    }

                    part = null;
                    titles.Clear();
                    continue;
                }

                titles.Add(line);
                context.Ledger.Ignore(line, part is null ? "judul bagian dokumen" : "keterangan di antara halaman tabel");
                continue;
            }

            if (TableLayout.IsHeader(line))
            {
                var next = i + 1 < lines.Count ? lines[i + 1] : null;
                var periodRow = next is not null && TableLayout.IsPeriodRow(next) ? next : null;
                var layout = TableLayout.Read(line, periodRow);

                // A table without indicator and target columns under a plan is the PK's budget per program, not another plan.
                if (!layout.Has(ColumnRole.Indicator) && !layout.Has(ColumnRole.Target) && parts.Count > 0 && layout.Has(ColumnRole.Ceiling))
                {
                    context.Ledger.Use(line, "kepala tabel anggaran per program");
                    i = ProgramTable(context, layout, i + 1);
                    part = null;
                    continue;
                }

                if (part is not null && part.Layout.Signature == layout.Signature)
                {
                    context.Ledger.Ignore(line, "kepala tabel yang diulang pada halaman baru");
                    part.AtPageTop = true;
                }
                else
                {
                    part = new Part(layout, NewPlan(context, kind, layout, titles, line));
                    parts.Add(part);
                    titles.Clear();
                    context.Ledger.Use(line, "kepala tabel");
                }

                if (periodRow is not null)
                {
                    context.Ledger.Use(periodRow, "kepala kolom periode");
                    i++;
                }

                continue;
            }

            if (TableLayout.IsColumnNumbers(line))
            {
                context.Ledger.Ignore(line, "nomor kolom");
                continue;
            }

            if (part is null)
            {
                context.Find(Severity.Error, "TABLE_WITHOUT_HEADER", $"Baris tabel tanpa kepala tabel yang dikenali ({ImportContext.Where(line)}); isinya tidak dapat dipetakan.", line);
                context.Ledger.Ignore(line, "baris tabel tanpa kepala tabel");
                continue;
            }

            Row(context, part, line);
        }

        foreach (var finished in parts)
        {
            Finish(context, finished);
            context.Document.Plans.Add(finished.Plan);
        }

        if (parts.Count == 0)
        {
            context.Find(Severity.Error, "PLAN_TABLE_MISSING", "Tidak ditemukan tabel rencana (kepala tabel dengan kolom sasaran, indikator dan target).");
        }
    }

    private static ImportedPlan NewPlan(ImportContext context, PlanKind kind, TableLayout layout, List<SourceLine> titles, SourceLine header)
    {
        var entity = titles.Any(t => Secretariat().IsMatch(t.Text)) ? EntityKind.Secretariat : EntityKind.Commission;
        var style = kind == PlanKind.Rak ? layout.Style : ScheduleStyle.None;
        if (kind == PlanKind.Rak && style == ScheduleStyle.None)
        {
            context.Find(Severity.Error, "RAK_SCHEDULE_COLUMNS_MISSING", $"Tabel RAK tanpa kolom triwulan atau bulan yang dikenali ({ImportContext.Where(header)}); jadwal tidak dapat dibaca, dianggap per triwulan.", header);
            style = ScheduleStyle.Quarterly;
        }

        if (!layout.Has(ColumnRole.Indicator) || !layout.Has(ColumnRole.Target))
        {
            context.Find(Severity.Error, "TABLE_COLUMNS_MISSING", $"Kepala tabel tanpa kolom {(layout.Has(ColumnRole.Indicator) ? "target" : "indikator")} ({ImportContext.Where(header)}).", header);
        }

        return new ImportedPlan { Entity = entity, Kind = kind, Schedule = style, Line = header.Number };
    }

    private static void Row(ImportContext context, Part part, SourceLine line)
    {
        var layout = part.Layout;
        var cells = Align(context, part, line);
        string Cell(ColumnRole role) => layout.Columns.TryGetValue(role, out var column) && cells.TryGetValue(column, out var text) ? text : string.Empty;
        var periodCells = layout.Periods.Select(p => (p.Period, Text: cells.GetValueOrDefault(p.Column, string.Empty))).ToList();

        var number = Cell(ColumnRole.Number);
        var goalText = Cell(ColumnRole.Goal);
        var indicatorText = Cell(ColumnRole.Indicator);
        var target = Cell(ColumnRole.Target);
        var actionText = Cell(ColumnRole.Action);
        var actionTarget = Cell(ColumnRole.ActionTarget);
        var ceiling = Cell(ColumnRole.Ceiling);
        var responsible = Cell(ColumnRole.Responsible);
        var atPageTop = part.AtPageTop;
        part.AtPageTop = false;
        if (indicatorText.Length == 0 && actionText.Length == 0 && TotalLabel().IsMatch(number.Length > 0 ? number : goalText))
        {
            Total(context, part, line, ceiling);
            return;
        }

        // Text that ran over the page break: only text cells, nothing that starts a goal, sets a target, marks a period or gives money.
        if (atPageTop && part.LastRow is not null && number.Length == 0 && target.Length == 0 && actionTarget.Length == 0 && ceiling.Length == 0
            && periodCells.All(p => p.Text.Length == 0) && (indicatorText.Length > 0 || actionText.Length > 0 || goalText.Length > 0))
        {
            if (goalText.Length > 0 && part.Goal is not null)
            {
                part.Goal.Statement = Join(part.Goal.Statement, goalText);
            }

            if (indicatorText.Length > 0 && part.Indicator is not null)
            {
                part.Indicator.Text = Join(part.Indicator.Text, indicatorText);
            }

            if (actionText.Length > 0 && part.Action is not null)
            {
                part.Action.Name = Join(part.Action.Name, actionText);
            }

            if (responsible.Length > 0 && part.Action is not null)
            {
                part.Action.ResponsibleUnit = Join(part.Action.ResponsibleUnit ?? string.Empty, responsible);
            }

            context.Ledger.Use(line, "lanjutan sel dari halaman sebelumnya");
            return;
        }

        // Printers that repeat a merged goal or indicator at the top of a continued page: the same goal, not a new one.
        if (atPageTop && part.Goal is not null && goalText.Length > 0 && SplitCode(goalText).Text == part.Goal.Statement
            && (number.Length == 0 || number.TrimEnd('.') == part.Goal.Number))
        {
            (number, goalText) = (string.Empty, string.Empty);
            if (part.Indicator is not null && indicatorText.Length > 0 && SplitCode(indicatorText).Text == part.Indicator.Text && target == (part.Indicator.Target ?? string.Empty))
            {
                (indicatorText, target) = (string.Empty, string.Empty);
            }
        }

        if (number.Length > 0 || goalText.Length > 0)
        {
            if (goalText.Length == 0)
            {
                context.Find(Severity.Warning, "GOAL_TEXT_MISSING", $"Sasaran nomor {number} tanpa rumusan ({ImportContext.Where(line)}).", line);
            }

            var (statement, code) = SplitCode(goalText.Length > 0 ? goalText : $"Sasaran {number}");
            part.Goal = new ImportedGoal { Number = number.Length > 0 ? number.TrimEnd('.') : null, Statement = statement, BudgetCode = code, Line = line.Number };
            part.Plan.Goals.Add(part.Goal);
            part.Indicator = null;
            part.Action = null;
            Inherited(context, part);
            part.Responsible = null;
        }

        if (part.Goal is null)
        {
            context.Find(Severity.Error, "ROW_WITHOUT_GOAL", $"Baris tabel sebelum sasaran pertama ({ImportContext.Where(line)}); isinya tidak dapat ditempatkan.", line);
            context.Ledger.Ignore(line, "baris tanpa sasaran");
            return;
        }

        if (indicatorText.Length > 0)
        {
            var (text, code) = SplitCode(indicatorText);
            part.Indicator = new ImportedIndicator { Text = text, Code = code, Target = NullIfEmpty(target), Line = line.Number };
            part.Goal.Indicators.Add(part.Indicator);
            part.Action = null;
        }
        else if (target.Length > 0)
        {
            if (part.Indicator is { Target: null })
            {
                part.Indicator.Target = target;
            }
            else
            {
                context.Find(Severity.Warning, "TARGET_WITHOUT_INDICATOR", $"Target \"{target}\" tanpa indikator ({ImportContext.Where(line)}); target diabaikan.", line);
            }
        }

        if (responsible.Length > 0)
        {
            Inherited(context, part);
            part.Responsible = responsible;
            part.ResponsibleLine = line;
        }

        if (actionText.Length > 0 || (!layout.Has(ColumnRole.Action) && periodCells.Any(p => p.Text.Length > 0)))
        {
            if (part.Indicator is null)
            {
                context.Find(Severity.Error, "ACTION_WITHOUT_INDICATOR", $"Kegiatan \"{DocumentImporter.Short(actionText)}\" tanpa indikator ({ImportContext.Where(line)}); dibuat indikator kosong agar kegiatan tidak hilang.", line);
                part.Indicator = new ImportedIndicator { Text = "(indikator tidak tercantum)", Line = line.Number };
                part.Goal.Indicators.Add(part.Indicator);
            }

            part.Action = new ImportedAction
            {
                Name = actionText.Length > 0 ? actionText : part.Indicator.Text,
                Target = NullIfEmpty(actionTarget),
                ResponsibleUnit = part.Responsible,
                Line = line.Number,
            };
            if (responsible.Length == 0 && part.Responsible is not null)
            {
                part.Inheriting.Add(line);
            }

            part.Indicator.Actions.Add(part.Action);
            if (ceiling.Length > 0)
            {
                if (!context.BeyondCeiling(ceiling, line) && Rupiah.TryParse(ceiling, out var amount))
                {
                    part.Action.BudgetCeiling = amount;
                }
                else if (!Rupiah.IsBeyondCeiling(ceiling))
                {
                    context.Find(Severity.Warning, "CEILING_INVALID", $"Pagu \"{ceiling}\" bukan jumlah rupiah ({ImportContext.Where(line)}); pagu dikosongkan.", line);
                }
            }

            foreach (var (period, text) in periodCells.Where(p => p.Text.Length > 0))
            {
                part.Action.Schedule.Add(new ImportedScheduleEntry(period, Marks.Contains(text) ? null : text));
            }
        }
        else if (ceiling.Length > 0 || actionTarget.Length > 0)
        {
            context.Find(Severity.Warning, "ROW_VALUES_WITHOUT_ACTION", $"Pagu atau target aksi tanpa nama kegiatan ({ImportContext.Where(line)}); nilai diabaikan.", line);
        }

        part.LastRow = line;
        context.Ledger.Use(line, "baris tabel rencana");
    }

    /// <summary>
    /// Maps the row's cells to the header's columns. Columns before the schedule are read in place; columns after it are
    /// read from the row's end when the row has fewer cells than the header (a column lost in extraction) or text beyond
    /// the last heading (a stray empty cell), and that shift is reported.
    /// </summary>
    private static Dictionary<int, string> Align(ImportContext context, Part part, SourceLine line)
    {
        var layout = part.Layout;
        var cells = new Dictionary<int, string>();
        var count = line.Cells.Count;
        var lastFilled = Enumerable.Range(0, count).LastOrDefault(i => line.Cell(i).Length > 0, -1);
        var offset = lastFilled > layout.LastNamedColumn ? lastFilled - layout.LastNamedColumn : count < layout.Width ? count - layout.Width : 0;
        var hasPeriods = layout.Periods.Count > 0;
        var readablePeriods = hasPeriods ? layout.Periods.Count + Math.Min(offset, 0) : 0;
        for (var column = 0; column < Math.Max(layout.Width, count); column++)
        {
            int source;
            if (!hasPeriods || column < layout.FirstPeriodColumn)
            {
                source = column;
            }
            else if (column <= layout.LastPeriodColumn)
            {
                source = column - layout.FirstPeriodColumn < readablePeriods ? column : -1;
            }
            else
            {
                source = column + offset;
            }

            if (source >= 0 && source < count)
            {
                cells[column] = line.Cell(source);
            }
        }

        if (offset < 0 && layout.Periods.Count > 0)
        {
            var missing = layout.Periods.Skip(layout.Periods.Count + offset).Select(p => p.Period.Code);
            var key = string.Join(",", missing);
            if (part.ShortRowsReported.Add(key))
            {
                context.Find(Severity.Warning, "TABLE_ROW_SHORT", $"Baris tabel berisi {count} sel, kepala tabel {layout.Width} ({ImportContext.Where(line)} dan baris serupa berikutnya): dianggap kolom {string.Join(", ", missing)} tidak tercetak; isi jadwal dibaca berurutan dari kolom periode pertama.", line);
            }
        }
        else if (offset > 0)
        {
            if (part.ShortRowsReported.Add("+" + offset))
            {
                context.Find(Severity.Info, "TABLE_ROW_SHIFTED", $"Baris tabel memuat sel di luar kolom terakhir kepala tabel ({ImportContext.Where(line)} dan baris serupa berikutnya): kolom setelah jadwal dibaca bergeser {offset} sel.", line);
            }
        }

        return cells;
    }

    /// <summary>The "Jumlah" row under an RAK: a sum, not a goal. A printed total that differs from the actions' pagu is reported.</summary>
    /// <summary>
    /// Reads the rows of a budget-per-program table (a PK's): each row with a program code and an amount becomes a
    /// program line of the document's budget; the total row is checked against them. Returns the index of the last row read.
    /// </summary>
    private static int ProgramTable(ImportContext context, TableLayout layout, int start)
    {
        var lines = context.Lines;
        var budget = context.Document.Budget ??= new ImportedBudget();
        var amountColumn = layout.Columns[ColumnRole.Ceiling];
        var i = start;
        for (; i < lines.Count && lines[i].IsTableRow; i++)
        {
            var line = lines[i];
            if (TableLayout.IsColumnNumbers(line))
            {
                context.Ledger.Ignore(line, "nomor kolom");
                continue;
            }

            var amountText = line.Cell(amountColumn);
            var codeCell = line.Cells.FirstOrDefault(c => ProgramCode(c) is not null);
            if (TotalLabel().IsMatch(line.Cells.FirstOrDefault(c => c.Length > 0) ?? string.Empty))
            {
                if (!context.BeyondCeiling(amountText, line) && Rupiah.TryParse(amountText, out var printed) && printed != Rupiah.Sum(budget.Lines.Select(l => l.StatedTotal ?? Rupiah.Zero)))
                {
                    context.Find(Severity.Warning, "PROGRAM_TOTAL_MISMATCH", $"Jumlah anggaran program tercetak {printed}, padahal program-program berjumlah {Rupiah.Sum(budget.Lines.Select(l => l.StatedTotal ?? Rupiah.Zero))} ({ImportContext.Where(line)}).", line);
                }

                context.Ledger.Use(line, "jumlah anggaran per program");
                continue;
            }

            if (codeCell is null || context.BeyondCeiling(amountText, line) || !Rupiah.TryParse(amountText, out var amount))
            {
                context.Find(Severity.Warning, "PROGRAM_ROW_UNREAD", $"Baris tabel anggaran per program tanpa kode program atau jumlah yang terbaca ({ImportContext.Where(line)}).", line);
                context.Ledger.Ignore(line, "baris anggaran per program yang tidak terbaca");
                continue;
            }

            var code = ProgramCode(codeCell)!;
            var titled = SplitCode(codeCell).Text;
            var title = titled != codeCell && titled.Length > 0
                ? titled
                : line.Cells.Where((c, index) => index != amountColumn && c != codeCell && c.Length > 0 && !c.All(char.IsAsciiDigit)).FirstOrDefault() ?? code;
            if (budget.Lines.All(l => l.Code != code))
            {
                budget.Lines.Add(new ImportedBudgetLine { Code = code, Title = title, StatedTotal = amount, Line = line.Number });
            }

            context.Ledger.Use(line, "anggaran per program");
        }

        return i - 1;
    }

    /// <summary>The program code of a cell that is one ("076.01.WA") or ends with one ("Program Dukungan Manajemen (076.01.WA)").</summary>
    private static string? ProgramCode(string cell)
    {
        if (BudgetCode.TryParse(cell, out var code) && code.Level == BudgetLevel.Program)
        {
            return code.Value;
        }

        return SplitCode(cell).Code is { } trailing && BudgetCode.Parse(trailing).Level == BudgetLevel.Program ? trailing : null;
    }

    private static void Total(ImportContext context, Part part, SourceLine line, string ceiling)
    {
        if (ceiling.Length > 0 && !context.BeyondCeiling(ceiling, line) && Rupiah.TryParse(ceiling, out var printed) && printed != part.Plan.BudgetCeilingTotal)
        {
            context.Find(Severity.Warning, "CEILING_TOTAL_MISMATCH", $"Jumlah pagu tercetak {printed}, jumlah pagu kegiatan {part.Plan.BudgetCeilingTotal} ({ImportContext.Where(line)}).", line);
        }

        context.Ledger.Use(line, "baris jumlah pagu");
    }

    /// <summary>
    /// Rows whose pelaksana cell is empty took the one above (a merged cell, as printed tables have them); that is an
    /// assumption, so it is reported once for each run of such rows.
    /// </summary>
    private static void Inherited(ImportContext context, Part part)
    {
        if (part.Inheriting.Count == 0 || part.ResponsibleLine is not { } source)
        {
            return;
        }

        var first = part.Inheriting[0];
        var rows = ImportContext.Where(first)[..^first.Number.ToString(CultureInfo.InvariantCulture).Length] + Ranges(part.Inheriting.Select(l => l.Number).ToList());
        context.Find(Severity.Info, "RESPONSIBLE_FROM_ROW_ABOVE", $"Pelaksana kosong ({rows}) dianggap sama dengan {ImportContext.Where(source)} di atasnya (sel digabung): \"{part.Responsible}\".", first);
        part.Inheriting.Clear();
    }

    /// <summary>"11", "17–18", "111–112, 114–116": consecutive line numbers as ranges.</summary>
    private static string Ranges(List<int> numbers)
    {
        var ranges = new List<string>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var start = numbers[i];
            while (i + 1 < numbers.Count && numbers[i + 1] == numbers[i] + 1)
            {
                i++;
            }

            ranges.Add(start == numbers[i] ? start.ToString(CultureInfo.InvariantCulture) : FormattableString.Invariant($"{start}–{numbers[i]}"));
        }

        return string.Join(", ", ranges);
    }

    private static void Finish(ImportContext context, Part part)
    {
        Inherited(context, part);
        var plan = part.Plan;
        if (plan.Signatory?.Position is { } position)
        {
            if (Secretariat().IsMatch(position))
            {
                Reassign(plan, EntityKind.Secretariat);
            }
            else if (Chair().IsMatch(position))
            {
                Reassign(plan, EntityKind.Commission);
            }
        }

        if (plan.Signatory is null)
        {
            context.Find(Severity.Info, "PLAN_UNSIGNED", $"Bagian {(part.Plan.Entity == EntityKind.Commission ? "KPU" : "Sekretariat")} tidak diikuti blok tanda tangan (baris {plan.Line}).", context.Lines.First(l => l.Number == plan.Line));
        }

        void Reassign(ImportedPlan imported, EntityKind entity)
        {
            if (imported.Entity != entity)
            {
                part.Plan = new ImportedPlan { Entity = entity, Kind = imported.Kind, Schedule = imported.Schedule, Line = imported.Line, Signatory = imported.Signatory };
                part.Plan.Goals.AddRange(imported.Goals);
            }
        }
    }

    private static (string Text, string? Code) SplitCode(string cell)
    {
        var match = TrailingCode().Match(cell);
        return match.Success && BudgetCode.TryParse(match.Groups[2].Value, out var code)
            ? (match.Groups[1].Value.Trim(), code.Value)
            : (cell, null);
    }

    private static string Join(string first, string more) => first.Length == 0 ? more : first + " " + more;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private sealed class Part(TableLayout layout, ImportedPlan plan)
    {
        public TableLayout Layout { get; } = layout;

        public ImportedPlan Plan { get; set; } = plan;

        public ImportedGoal? Goal { get; set; }

        public ImportedIndicator? Indicator { get; set; }

        public ImportedAction? Action { get; set; }

        public string? Responsible { get; set; }

        public SourceLine? ResponsibleLine { get; set; }

        /// <summary>The rows since <see cref="ResponsibleLine"/> whose empty pelaksana cell took its value.</summary>
        public List<SourceLine> Inheriting { get; } = [];

        public SourceLine? LastRow { get; set; }

        public bool AtPageTop { get; set; }

        public HashSet<string> ShortRowsReported { get; } = [];
    }

    [GeneratedRegex(@"\bSEKRETARI(?:AT|S)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Secretariat();

    [GeneratedRegex(@"^(?:JUMLAH|TOTAL)(?:\s+(?:PAGU|ANGGARAN|TOTAL|KESELURUHAN))*\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TotalLabel();

    [GeneratedRegex(@"\bKETUA\b", RegexOptions.IgnoreCase)]
    private static partial Regex Chair();

    [GeneratedRegex(@"^(.*?)\s*\(\s*([0-9A-Z.]{4,20})\s*\)$")]
    private static partial Regex TrailingCode();
}
