using Kinerja.Domain.Common;

namespace Kinerja.Domain.Budgeting;

/// <summary>The goals and indicators a budget line carries: sasaran program, IKP, IKK, indikator output.</summary>
public enum StatementKind
{
    ProgramGoal,
    ProgramIndicator,
    ActivityIndicator,
    OutputIndicator,
}

/// <summary>
/// A numbered statement under a budget line, as the RKA prints it ("01.01 Persentase …"). <paramref name="Sequence"/> is its
/// place in the printed list, because the printed numbers repeat ("01" under several indicators) and cannot order it.
/// </summary>
public sealed record BudgetStatement(int Sequence, StatementKind Kind, string? Number, string Text);

/// <summary>One coded line of the budget tree. Amounts are as entered or printed; totals are computed by the version.</summary>
public sealed class BudgetLine
{
    private readonly List<BudgetStatement> _statements = [];

    internal BudgetLine(Guid? parentId, int position, BudgetCode code, string title, Volume? volume, Rupiah? baseline, Rupiah? newInitiative, Rupiah? statedTotal)
    {
        Id = Guid.CreateVersion7();
        ParentId = parentId;
        Position = position;
        Code = code;
        Title = Rule.Text(title, "BUDGET_LINE_INVALID", $"Uraian {code}", 1000);
        Volume = volume;
        SetAmounts(baseline, newInitiative, statedTotal);
    }

    private BudgetLine()
    {
        Title = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Order in the printed tree (depth-first).</summary>
    public int Position { get; internal set; }

    public BudgetCode Code { get; private set; }

    public BudgetLevel Level => Code.Level;

    public string Title { get; private set; }

    public Volume? Volume { get; private set; }

    /// <summary>Angka dasar as entered; for a line with children, what the document printed for it.</summary>
    public Rupiah? Baseline { get; private set; }

    /// <summary>Inisiatif baru as entered.</summary>
    public Rupiah? NewInitiative { get; private set; }

    /// <summary>Jumlah as the document printed it, kept to be checked against the computed total.</summary>
    public Rupiah? StatedTotal { get; private set; }

    public IReadOnlyList<BudgetStatement> Statements => _statements.OrderBy(s => s.Sequence).ToList();

    internal BudgetLine CopyFor(Guid? parentId)
    {
        var copy = new BudgetLine(parentId, Position, Code, Title, Volume, Baseline, NewInitiative, StatedTotal);
        // Owned rows belong to one line each: the copy gets its own instances.
        copy._statements.AddRange(_statements.Select(s => s with { }));
        return copy;
    }

    internal void AddStatement(StatementKind kind, string? number, string text) =>
        _statements.Add(new BudgetStatement(_statements.Count, kind, number, text));

    internal void SetAmounts(Rupiah? baseline, Rupiah? newInitiative, Rupiah? statedTotal)
    {
        Rule.Require(
            (baseline ?? Rupiah.Zero) >= Rupiah.Zero && (newInitiative ?? Rupiah.Zero) >= Rupiah.Zero && (statedTotal ?? Rupiah.Zero) >= Rupiah.Zero,
            "BUDGET_AMOUNT_NEGATIVE",
            $"Jumlah anggaran {Code} tidak boleh negatif.");
        Rupiah.Within(baseline, $"Angka dasar {Code}");
        Rupiah.Within(newInitiative, $"Inisiatif baru {Code}");
        Rupiah.Within(statedTotal, $"Jumlah {Code}");
        Rupiah.Within((baseline ?? Rupiah.Zero) + (newInitiative ?? Rupiah.Zero), $"Jumlah {Code}");
        Baseline = baseline;
        NewInitiative = newInitiative;
        StatedTotal = statedTotal;
    }

    internal void Change(string title, Volume? volume)
    {
        Title = Rule.Text(title, "BUDGET_LINE_INVALID", $"Uraian {Code}", 1000);
        Volume = volume;
    }
}

/// <summary>Computed amounts of a line: its own when it is a leaf, the sum of its children otherwise.</summary>
public readonly record struct BudgetAmounts(Rupiah Baseline, Rupiah NewInitiative)
{
    public Rupiah Total => Baseline + NewInitiative;

    public static BudgetAmounts operator +(BudgetAmounts left, BudgetAmounts right) =>
        new(left.Baseline + right.Baseline, left.NewInitiative + right.NewInitiative);

    public BudgetAmounts Add(BudgetAmounts other) => this + other;
}

/// <summary>
/// A full, comparable snapshot of a work unit's budget for a year: the original DIPA (number 0) or one of its revisions.
/// A revision is made from the version before it and then changed; older versions stay as they were.
/// </summary>
public sealed class BudgetVersion
{
    private readonly List<BudgetLine> _lines = [];

    private BudgetVersion(Guid workUnitId, FiscalYear year, int number, string? dipaNumber, DateOnly? dipaDate, Guid? previousVersionId)
    {
        Id = Guid.CreateVersion7();
        WorkUnitId = workUnitId;
        Year = year;
        Number = number;
        DipaNumber = Rule.OptionalText(dipaNumber, "BUDGET_DIPA_INVALID", "Nomor DIPA", 100);
        DipaDate = dipaDate;
        PreviousVersionId = previousVersionId;
    }

    private BudgetVersion()
    {
    }

    public Guid Id { get; private set; }

    public Guid WorkUnitId { get; private set; }

    public FiscalYear Year { get; private set; }

    /// <summary>0 for the original DIPA, n for Revisi ke-n.</summary>
    public int Number { get; private set; }

    public string Label => LabelOf(Number);

    public string? DipaNumber { get; private set; }

    public DateOnly? DipaDate { get; private set; }

    /// <summary>The pagu as a document states it, to be checked against the sum of the programs.</summary>
    public Rupiah? StatedCeiling { get; private set; }

    public Guid? PreviousVersionId { get; private set; }

    /// <summary>Counts the changes made to this version; a save that started from an older revision is refused.</summary>
    public int Revision { get; private set; }

    /// <summary>Who signed the budget document (RKA, DIPA page), when it is signed.</summary>
    public Planning.SignatureBlock? Signature { get; private set; }

    public IReadOnlyList<BudgetLine> Lines
    {
        get
        {
            EnsureOrdered();
            return _lines;
        }
    }

    public IEnumerable<BudgetLine> Programs => _lines.Where(l => l.ParentId is null);

    public IEnumerable<BudgetLine> Outputs => _lines.Where(l => l.Level == BudgetLevel.Output);

    /// <summary>What the whole budget adds up to, from the leaves.</summary>
    public Rupiah Total => Rupiah.Sum(Programs.Select(p => AmountsOf(p).Total));

    /// <summary>How a version is named in documents and pages: DIPA Awal for number 0, Revisi ke-n after it.</summary>
    public static string LabelOf(int number) => number == 0 ? "DIPA Awal" : $"Revisi ke-{number}";

    public static BudgetVersion CreateOriginal(Guid workUnitId, FiscalYear year, string? dipaNumber = null, DateOnly? dipaDate = null)
    {
        Rule.Require(workUnitId != Guid.Empty, "BUDGET_WORK_UNIT_REQUIRED", "Anggaran harus milik satuan kerja.");
        return new BudgetVersion(workUnitId, year, 0, dipaNumber, dipaDate, null);
    }

    /// <summary>
    /// Makes the next revision: a copy of every line of this version, to be changed on its own. This version becomes
    /// history, so its revision counts the step too: an edit begun on it before the revision existed is then refused.
    /// </summary>
    public BudgetVersion Revise(string? dipaNumber, DateOnly? dipaDate)
    {
        var next = new BudgetVersion(WorkUnitId, Year, Number + 1, dipaNumber ?? DipaNumber, dipaDate, Id)
        {
            StatedCeiling = null,
        };
        CopyLinesTo(next);
        Revision++;
        return next;
    }

    /// <summary>
    /// Starts another year's DIPA Awal from this version's lines (codes, titles, volumes, amounts and statements), as a
    /// draft: no DIPA number or date until the new DIPA is issued, no stated pagu, no signature. This version is not changed.
    /// </summary>
    public BudgetVersion CarryTo(FiscalYear year)
    {
        Rule.Require(year != Year, "BUDGET_COPY_SAME_YEAR", $"Anggaran tahun {Year} tidak dapat disalin ke tahun yang sama.");
        var next = new BudgetVersion(WorkUnitId, year, 0, null, null, null);
        CopyLinesTo(next);
        return next;
    }

    private void CopyLinesTo(BudgetVersion next)
    {
        var newIds = new Dictionary<Guid, Guid>();
        foreach (var line in Lines)
        {
            var copy = line.CopyFor(line.ParentId is { } parent ? newIds[parent] : null);
            newIds[line.Id] = copy.Id;
            next._lines.Add(copy);
        }
    }

    public void Sign(Planning.SignatureBlock signature)
    {
        Signature = signature;
        Revision++;
    }

    public void StateCeiling(Rupiah? ceiling)
    {
        Rule.Require(ceiling is null || ceiling.Value >= Rupiah.Zero, "BUDGET_AMOUNT_NEGATIVE", "Pagu tidak boleh negatif.");
        StatedCeiling = Rupiah.Within(ceiling, "Pagu");
        Revision++;
    }

    public BudgetLine AddLine(
        BudgetLine? parent,
        BudgetCode code,
        string title,
        Volume? volume = null,
        Rupiah? baseline = null,
        Rupiah? newInitiative = null,
        Rupiah? statedTotal = null)
    {
        Rule.Require(code.Value is not null, "BUDGET_CODE_INVALID", "Kode anggaran wajib diisi.");
        EnsureOrdered();
        Rule.Require(_lines.All(l => l.Code != code), "BUDGET_CODE_DUPLICATE", $"Kode {code} sudah ada dalam anggaran ini.");
        if (parent is null)
        {
            Rule.Require(code.Level == BudgetLevel.Program, "BUDGET_TREE", $"{code} bukan program; hanya program yang berada di puncak pohon anggaran.");
        }
        else
        {
            Rule.Require(_lines.Contains(parent), "BUDGET_TREE", $"Induk {parent.Code} bukan bagian dari anggaran ini.");
            Rule.Require(
                parent.Level == BudgetLevel.Program ? code.Level == BudgetLevel.Activity : parent.Code.IsParentOf(code),
                "BUDGET_TREE",
                $"{code} tidak dapat berada di bawah {parent.Code}.");
        }

        var line = new BudgetLine(parent?.Id, NextPositionUnder(parent), code, title, volume, baseline, newInitiative, statedTotal);
        // A parent that was a leaf counts from now on only through its children.
        EnsureTotalWithinCeiling(OwnTotal(line), parent is not null && !ChildrenOf(parent).Any() ? OwnTotal(parent) : Rupiah.Zero);
        _lines.Insert(line.Position, line);
        RenumberPositions();
        Revision++;
        return line;
    }

    public void AddStatement(BudgetLine line, StatementKind kind, string? number, string text)
    {
        EnsureOwn(line);
        line.AddStatement(kind, Rule.OptionalText(number, "BUDGET_STATEMENT_INVALID", "Nomor", 20), Rule.Text(text, "BUDGET_STATEMENT_INVALID", "Uraian", 2000));
        Revision++;
    }

    public void ChangeAmounts(BudgetLine line, Rupiah? baseline, Rupiah? newInitiative, Rupiah? statedTotal = null)
    {
        EnsureOwn(line);
        if (!ChildrenOf(line).Any())
        {
            EnsureTotalWithinCeiling((baseline ?? Rupiah.Zero) + (newInitiative ?? Rupiah.Zero), OwnTotal(line));
        }

        line.SetAmounts(baseline, newInitiative, statedTotal);
        Revision++;
    }

    public void ChangeLine(BudgetLine line, string title, Volume? volume)
    {
        EnsureOwn(line);
        line.Change(title, volume);
        Revision++;
    }

    public void RemoveLine(BudgetLine line)
    {
        EnsureOrdered();
        EnsureOwn(line);
        var doomed = Descendants(line).Append(line).ToHashSet();
        _lines.RemoveAll(doomed.Contains);
        RenumberPositions();
        Revision++;
    }

    public IEnumerable<BudgetLine> ChildrenOf(BudgetLine line) => _lines.Where(l => l.ParentId == line.Id);

    public BudgetLine? Find(BudgetCode code) => _lines.SingleOrDefault(l => l.Code == code);

    public BudgetAmounts AmountsOf(BudgetLine line)
    {
        var children = ChildrenOf(line).ToList();
        return children.Count == 0
            ? new BudgetAmounts(line.Baseline ?? Rupiah.Zero, line.NewInitiative ?? Rupiah.Zero)
            : children.Aggregate(default(BudgetAmounts), (sum, child) => sum + AmountsOf(child));
    }

    public int DepthOf(BudgetLine line)
    {
        var depth = 0;
        for (var current = line; current.ParentId is { } parentId; current = _lines.Single(l => l.Id == parentId))
        {
            depth++;
        }

        return depth;
    }

    private static Rupiah OwnTotal(BudgetLine line) => (line.Baseline ?? Rupiah.Zero) + (line.NewInitiative ?? Rupiah.Zero);

    /// <summary>
    /// The whole budget stays within <see cref="Rupiah.Max"/> too. A change that lowers it is always allowed, so that a
    /// budget stored beyond the ceiling before it existed can be corrected.
    /// </summary>
    private void EnsureTotalWithinCeiling(Rupiah added, Rupiah removed)
    {
        if (added > removed && !(Total - removed + added).IsWithinCeiling)
        {
            throw Rupiah.Beyond("Jumlah seluruh anggaran");
        }
    }

    private IEnumerable<BudgetLine> Descendants(BudgetLine line) =>
        ChildrenOf(line).SelectMany(child => Descendants(child).Prepend(child));

    private int NextPositionUnder(BudgetLine? parent)
    {
        if (parent is null)
        {
            return _lines.Count;
        }

        var last = Descendants(parent).Select(l => l.Position).DefaultIfEmpty(parent.Position).Max();
        return last + 1;
    }

    private void RenumberPositions()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            _lines[i].Position = i;
        }
    }

    /// <summary>A version read from a database comes in no particular order; the tree's printed order is its positions.</summary>
    private void EnsureOrdered()
    {
        for (var i = 0; i < _lines.Count; i++)
        {
            if (_lines[i].Position != i)
            {
                _lines.Sort((a, b) => a.Position.CompareTo(b.Position));
                return;
            }
        }
    }

    private void EnsureOwn(BudgetLine line) =>
        Rule.Require(_lines.Contains(line), "BUDGET_TREE", $"Baris {line.Code} bukan bagian dari anggaran ini.");
}
