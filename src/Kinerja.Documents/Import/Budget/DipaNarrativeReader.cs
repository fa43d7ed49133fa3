using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Import.Budget;

/// <summary>
/// Reads what a narrative says about the budget, in any document (RAK chapters, LKj): the DIPA number and date
/// ("DIPA Nomor : SP DIPA 076.01.2.658021/2022 tanggal 17 November 2021"), the pagu and its revisions ("pagu anggaran …
/// sebesar Rp. 3.178.163.000 dan direvisi menjadi 4.451.669.000") and the amount per program ("Program … (076.01.CQ)
/// sebesar Rp. 1.646.458.000,-"). A sentence is split at each "revisi": what comes before is the original DIPA, each
/// part after is one revision with its own amount (and its own DIPA number and date when printed there).
/// </summary>
public static partial class DipaNarrativeReader
{
    public const string OriginalLabel = "DIPA Awal";

    public static void Read(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ImportedBudget? budget = context.Document.Budget;
        var programs = new List<ImportedBudgetLine>();
        SourceLine? ceilingLine = null;
        foreach (var line in context.Lines.Where(l => !l.IsBlank))
        {
            var text = line.Text;
            if (!MayStateBudget(text))
            {
                continue;
            }

            var used = false;

            // What follows the first program amount is about programs, not the pagu ("pagu … dibagi: Program X (…) sebesar …").
            var narrative = ProgramAmount().Match(text) is { Success: true } firstProgram ? text[..firstProgram.Index] : text;
            var parts = RevisionWord().Split(narrative);
            var revisionWords = RevisionWord().Matches(narrative);
            var isCeiling = Ceiling().IsMatch(parts[0]);
            if (DipaNumber(context, line, parts[0]) is { } dipa && (isCeiling || DipaLead().IsMatch(parts[0])))
            {
                budget ??= context.Document.Budget ??= new ImportedBudget();
                if (budget.DipaNumber is null)
                {
                    budget.DipaNumber = dipa.Number;
                    budget.DipaDate = dipa.Date;
                }

                used = true;
            }

            if (isCeiling && Ceiling().Match(parts[0]) is { Success: true } ceiling && !context.BeyondCeiling(ceiling.Groups["amount"].Value, line) && Rupiah.TryParse(ceiling.Groups["amount"].Value, out var original))
            {
                budget ??= context.Document.Budget ??= new ImportedBudget();
                used |= AddOriginal(context, budget, line, original);
                ceilingLine = line;

                // Only a sentence that states a pagu can revise it; "revisi" elsewhere is an activity ("Revisi ke 1").
                for (var i = 1; i < parts.Length; i++)
                {
                    // A DIPA number's digits ("…2.123456/2023") must not be read as the revised amount.
                    var part = parts[i];
                    if (FirstAmount().Match(DipaPattern().Replace(part, " ")) is not { Success: true } amount || context.BeyondCeiling(amount.Value, line) || !Rupiah.TryParse(amount.Value, out var revised))
                    {
                        continue;
                    }

                    var number = RevisionNumber().Match(revisionWords[i - 1].Value) is { Success: true } n
                        && int.TryParse(n.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var stated)
                        ? stated
                        : budget.Revisions.Count;
                    var own = DipaNumber(context, line, part);
                    var label = $"Revisi ke-{number}";
                    if (budget.Revisions.Any(r => r.Label == label))
                    {
                        continue;
                    }

                    budget.Revisions.Add(new ImportedRevision(label, revised, own?.Number, own?.Date));
                }
            }

            foreach (Match program in ProgramAmount().Matches(text))
            {
                if (context.BeyondCeiling(program.Groups["amount"].Value, line) || !Rupiah.TryParse(program.Groups["amount"].Value, out var amount))
                {
                    continue;
                }

                budget ??= context.Document.Budget ??= new ImportedBudget();
                var code = program.Groups["code"].Value.ToUpperInvariant();
                var title = Space().Replace(program.Groups["title"].Value, " ").Trim().TrimEnd('-', ':', ',').Trim();
                var existing = budget.Lines.FirstOrDefault(l => l.Code == code);
                if (existing is not null)
                {
                    if (existing.StatedTotal is { } stated && stated != amount)
                    {
                        context.Find(Severity.Warning, "DIPA_PROGRAM_CONFLICT", $"Program {code} disebut sebesar {IdFormat.Rupiah(amount.Value)}, padahal baris {existing.Line} menyebut {IdFormat.Rupiah(stated.Value)} ({ImportContext.Where(line)}).", line);
                    }

                    used = true;
                    continue;
                }

                var budgetLine = new ImportedBudgetLine { Code = code, Title = title, StatedTotal = amount, Line = line.Number };
                budget.Lines.Add(budgetLine);
                programs.Add(budgetLine);
                used = true;
            }

            if (used)
            {
                context.Ledger.Use(line, "uraian DIPA, pagu anggaran dan program");
            }
        }

        if (budget is null)
        {
            return;
        }

        // The number and date usually stand in the sentence of the original pagu, or in a sentence of their own before it.
        if (budget.Revisions.Count > 0 && budget.Revisions[0].Label == OriginalLabel)
        {
            budget.Revisions[0] = budget.Revisions[0] with
            {
                DipaNumber = budget.Revisions[0].DipaNumber ?? budget.DipaNumber,
                DipaDate = budget.Revisions[0].DipaDate ?? budget.DipaDate,
            };
        }

        CheckPrograms(context, budget, programs, ceilingLine);
    }

    private static bool AddOriginal(ImportContext context, ImportedBudget budget, SourceLine line, Rupiah amount)
    {
        var first = budget.Revisions.FirstOrDefault(r => r.Label == OriginalLabel);
        if (first is null)
        {
            budget.Revisions.Insert(0, new ImportedRevision(OriginalLabel, amount, budget.DipaNumber, budget.DipaDate));
        }
        else if (first.Ceiling != amount)
        {
            context.Find(Severity.Warning, "DIPA_PAGU_CONFLICT", $"Pagu awal disebut sebesar {IdFormat.Rupiah(amount.Value)}, berbeda dengan {IdFormat.Rupiah(first.Ceiling?.Value ?? 0)} yang disebut sebelumnya ({ImportContext.Where(line)}).", line);
        }

        return true;
    }

    private static void CheckPrograms(ImportContext context, ImportedBudget budget, List<ImportedBudgetLine> programs, SourceLine? ceilingLine)
    {
        var latest = budget.Revisions.LastOrDefault(r => r.Ceiling is not null);
        if (programs.Count == 0 || latest?.Ceiling is not { } ceiling)
        {
            return;
        }

        var sum = Rupiah.Sum(programs.Select(p => p.StatedTotal ?? Rupiah.Zero));
        if (sum != ceiling)
        {
            var difference = Math.Abs((ceiling - sum).Value);
            context.Find(
                Severity.Warning,
                "DIPA_PAGU_MISMATCH",
                $"Jumlah anggaran program {IdFormat.Rupiah(sum.Value)} tidak sama dengan pagu {latest.Label} {IdFormat.Rupiah(ceiling.Value)} (selisih {IdFormat.Rupiah(difference)}).",
                ceilingLine);
        }
    }

    /// <summary>The DIPA number in <paramref name="text"/> and the date after it; a date that is no day of a plausible year is reported on the line and left out.</summary>
    private static (string Number, DateOnly? Date)? DipaNumber(ImportContext context, SourceLine line, string text)
    {
        if (DipaPattern().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var number = Space().Replace(match.Groups["number"].Value, " ").Trim();
        var after = text[(match.Index + match.Length)..];
        DateOnly? date = null;
        if (DatePattern().Match(after) is { Success: true } d)
        {
            var month = d.Groups["month"].Value is { Length: > 0 } name && !name.All(char.IsAsciiDigit)
                ? IdFormat.MonthNumber(name)
                : int.TryParse(d.Groups["month"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
            date = int.TryParse(d.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && int.TryParse(d.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                    ? IdFormat.DocumentDate(year, month, day)
                    : null;
            if (date is null)
            {
                context.Find(Severity.Warning, "DIPA_DATE_INVALID", $"Tanggal DIPA \"{d.Value.Trim()}\" bukan tanggal yang sah dan tidak dipakai ({ImportContext.Where(line)}).", line);
            }
        }

        return (number, date);
    }

    /// <summary>A cheap look before the patterns: budget statements name a DIPA, a pagu, an allocation or a program, with a figure.</summary>
    private static bool MayStateBudget(string text) =>
        text.Length > 12
        && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0
        && (text.Contains("DIPA", StringComparison.OrdinalIgnoreCase)
            || text.Contains("pagu", StringComparison.OrdinalIgnoreCase)
            || text.Contains("alokasi", StringComparison.OrdinalIgnoreCase)
            || text.Contains("program", StringComparison.OrdinalIgnoreCase)
            || text.Contains("revisi", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<number>(?:SP\s*-?\s*)?DIPA\s*-?\s*\d{3}\.\d{2}\.\d{1,2}\.\d{6}\s*/\s*\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DipaPattern();

    [GeneratedRegex(@"\bDIPA\b", RegexOptions.IgnoreCase)]
    private static partial Regex DipaLead();

    [GeneratedRegex(@"^\s*(?:tanggal|tgl\.?)\s*:?\s*(?<day>\d{1,2})(?:\s+|\s*[-/]\s*)(?<month>[A-Za-z]+|\d{1,2})(?:\s+|\s*[-/]\s*)(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b(?:pagu|alokasi)(?:\s+anggaran)?\b.*?\bsebesar\s+(?<amount>(?:Rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:,-|,00)?)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Ceiling();

    // "direvisi menjadi", "revisi ke-2 menjadi", "Revisi ke 1 sebesar": the place a sentence turns to a revised amount.
    [GeneratedRegex(@"\b(?:di)?revisi(?:\s*ke\s*-?\s*\d+)?", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionWord();

    [GeneratedRegex(@"ke\s*-?\s*(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex RevisionNumber();

    [GeneratedRegex(@"(?<![\d.,])(?:Rp\.?\s*)?\d{1,3}(?:[.,]\d{3})+(?:,-|,00)?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstAmount();

    // The title starts at the last "Program" before the code: "… dibagi dalam 2 program, yaitu : Program X (076.01.WA)".
    [GeneratedRegex(@"(?<title>\bProgram\b(?:(?!\bProgram\b)[^()])*?)\s*\(\s*(?<code>\d{3}\.\d{2}\.[0-9A-Za-z]{2})\s*\)\s*(?:(?:sebesar|senilai)\s*:?\s*(?:Rp\.?\s*)?|:?\s*Rp\.?\s*)(?<amount>\d{1,3}(?:[.,]\d{3})+(?:,-|,00)?)(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ProgramAmount();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
