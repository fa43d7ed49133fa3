using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Import.Budget;

/// <summary>
/// Turns what a document says about a budget into domain versions, through the domain's own verbs so that its rules
/// apply. A rule the document breaks becomes a finding on the source line, never an exception: an import shows what it
/// could not take over and keeps the rest.
/// </summary>
public static class BudgetMapper
{
    /// <summary>
    /// The original DIPA, then one revision per stated revision, each with its stated pagu. The coded lines go into the
    /// latest version, because a document prints the budget as it stands when signed: seed 003 states the program
    /// amounts of the revised pagu, not of the original one. The signature goes with that latest version too.
    /// </summary>
    public static IReadOnlyList<BudgetVersion> ToVersions(ImportedBudget budget, Guid workUnitId, FiscalYear year, ICollection<ImportFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(budget);
        ArgumentNullException.ThrowIfNull(findings);
        var versions = new List<BudgetVersion>();
        var original = budget.Revisions.FirstOrDefault(r => r.Label == DipaNarrativeReader.OriginalLabel);
        var current = Try(findings, 0, () => BudgetVersion.CreateOriginal(
            workUnitId,
            year,
            original?.DipaNumber ?? budget.DipaNumber,
            original?.DipaDate ?? budget.DipaDate));
        if (current is null)
        {
            return versions;
        }

        versions.Add(current);
        if (original?.Ceiling is { } ceiling)
        {
            Try(findings, 0, () => current.StateCeiling(ceiling));
        }

        foreach (var revision in budget.Revisions.Where(r => r != original))
        {
            var previous = current;
            var next = Try(findings, 0, () => previous.Revise(revision.DipaNumber, revision.DipaDate));
            if (next is null)
            {
                break;
            }

            Try(findings, 0, () => next.StateCeiling(revision.Ceiling));
            versions.Add(next);
            current = next;
        }

        AddLines(current, budget, findings);
        if (budget.Signatory is { } signatory)
        {
            Sign(current, signatory, findings);
        }

        return versions;
    }

    private static void AddLines(BudgetVersion version, ImportedBudget budget, ICollection<ImportFinding> findings)
    {
        var added = new Dictionary<string, BudgetLine>(StringComparer.Ordinal);
        foreach (var imported in budget.Lines)
        {
            if (!BudgetCode.TryParse(imported.Code, out var code))
            {
                findings.Add(new ImportFinding(Severity.Error, "BUDGET_CODE_INVALID", $"\"{imported.Code}\" bukan kode anggaran; barisnya tidak diambil.", imported.Line));
                continue;
            }

            BudgetLine? parent = null;
            if (imported.ParentCode is { } parentCode)
            {
                if (!added.TryGetValue(parentCode, out parent))
                {
                    findings.Add(new ImportFinding(Severity.Error, "BUDGET_PARENT_MISSING", $"Induk {parentCode} dari {code} tidak ada dalam anggaran; {code} tidak diambil.", imported.Line));
                    continue;
                }

                parent = OutputClassFor(version, parent, code, imported, added, findings) ?? parent;
            }

            var volume = Volume.TryParse(imported.Volume, out var v) ? v : (Volume?)null;
            var line = Try(findings, imported.Line, () => version.AddLine(parent, code, imported.Title, volume, imported.Baseline, imported.NewInitiative, imported.StatedTotal));
            if (line is null)
            {
                continue;
            }

            added[code.Value] = line;
            foreach (var statement in imported.Statements)
            {
                Try(findings, statement.Line, () => version.AddStatement(line, statement.Kind, statement.Number, statement.Text));
            }
        }
    }

    /// <summary>
    /// An RKA that does not print the KRO row of a post-2021 output ("3355.EBA.994" directly under "3355") still needs the
    /// KRO level in the tree; it is added with its code as title, and said so.
    /// </summary>
    private static BudgetLine? OutputClassFor(BudgetVersion version, BudgetLine parent, BudgetCode code, ImportedBudgetLine imported, Dictionary<string, BudgetLine> added, ICollection<ImportFinding> findings)
    {
        if (parent.Level != BudgetLevel.Activity || code.Parent is not { Level: BudgetLevel.OutputClass } outputClass)
        {
            return null;
        }

        if (added.TryGetValue(outputClass.Value, out var existing))
        {
            return existing;
        }

        var line = Try(findings, imported.Line, () => version.AddLine(parent, outputClass, $"KRO {outputClass}"));
        if (line is not null)
        {
            added[outputClass.Value] = line;
            findings.Add(new ImportFinding(Severity.Info, "BUDGET_OUTPUT_CLASS_ADDED", $"KRO {outputClass} tidak tercetak; ditambahkan di bawah {parent.Code} agar {code} dapat dicatat.", imported.Line));
        }

        return line;
    }

    private static void Sign(BudgetVersion version, ImportedSignature signatory, ICollection<ImportFinding> findings)
    {
        if (signatory.Place is null || signatory.Date is null || signatory.Name is null)
        {
            findings.Add(new ImportFinding(Severity.Warning, "BUDGET_SIGNATURE_INCOMPLETE", "Tanda tangan anggaran tidak lengkap (tempat, tanggal atau nama); anggaran dicatat tanpa tanda tangan.", signatory.Line));
            return;
        }

        Try(findings, signatory.Line, () => version.Sign(new SignatureBlock(signatory.Place, signatory.Date.Value, signatory.Position, signatory.Name, signatory.Nip, signatory.Organisation)));
    }

    private static T? Try<T>(ICollection<ImportFinding> findings, int line, Func<T> action)
        where T : class
    {
        try
        {
            return action();
        }
        catch (RuleViolationException ex)
        {
            findings.Add(new ImportFinding(Severity.Error, ex.Code, ex.Message, line));
            return null;
        }
    }

    private static void Try(ICollection<ImportFinding> findings, int line, Action action)
    {
        try
        {
            action();
        }
        catch (RuleViolationException ex)
        {
            findings.Add(new ImportFinding(Severity.Error, ex.Code, ex.Message, line));
        }
    }
}
