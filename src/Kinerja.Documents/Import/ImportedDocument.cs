using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Import;

public enum DocumentKind
{
    Unknown,
    Rak,
    Rkt,
    Pk,
    Rka,
}

/// <summary>What a user can do about an error that blocks a document.</summary>
public enum ErrorRemedy
{
    /// <summary>Not an error: nothing blocks.</summary>
    None,

    /// <summary>Something would be lost or wrong if stored: correct the document (or the choice) and upload it again.</summary>
    Fix,

    /// <summary>The document is still sound (nothing is lost, the assumption is stated): the user may store it knowingly.</summary>
    Override,
}

/// <summary>Something the importer found in a document, with the source line it concerns (0 for the document as a whole).</summary>
public sealed record ImportFinding(Severity Severity, string Code, string Message, int Line)
{
    /// <summary>
    /// The errors after which the document is still sound: an action without an indicator keeps its row under an empty
    /// indicator, an RAK without readable schedule columns keeps everything but the schedule. Every other error loses
    /// or misplaces content.
    /// </summary>
    public static readonly IReadOnlySet<string> Overridable = new HashSet<string>(StringComparer.Ordinal)
    {
        "ACTION_WITHOUT_INDICATOR",
        "RAK_SCHEDULE_COLUMNS_MISSING",
    };

    public ErrorRemedy Remedy => Severity != Severity.Error ? ErrorRemedy.None : Overridable.Contains(Code) ? ErrorRemedy.Override : ErrorRemedy.Fix;
}

/// <summary>The work unit as the document names it.</summary>
public sealed record ImportedWorkUnit(string Name, WorkUnitLevel? Level, string? SatkerCode, Region? Province, Region? Location);

public sealed record ImportedSignature(string? Place, DateOnly? Date, string? Position, string? Name, Nip? Nip, string? Organisation, int Line);

public sealed record ImportedScheduleEntry(Period Period, string? Value);

public sealed class ImportedAction
{
    public required string Name { get; set; }

    public string? Target { get; set; }

    public string? ResponsibleUnit { get; set; }

    public Rupiah? BudgetCeiling { get; set; }

    public List<ImportedScheduleEntry> Schedule { get; } = [];

    public int Line { get; init; }
}

public sealed class ImportedIndicator
{
    public required string Text { get; set; }

    /// <summary>A code printed with the indicator, such as its budget output "(3355.003)".</summary>
    public string? Code { get; set; }

    public string? Target { get; set; }

    public List<ImportedAction> Actions { get; } = [];

    public int Line { get; init; }
}

public sealed class ImportedGoal
{
    public string? Number { get; set; }

    public required string Statement { get; set; }

    /// <summary>The budget code printed with the goal (a program "076.01.01" or an output "3356.008").</summary>
    public string? BudgetCode { get; set; }

    public List<ImportedIndicator> Indicators { get; } = [];

    public int Line { get; init; }
}

public sealed class ImportedPlan
{
    public required EntityKind Entity { get; init; }

    public required PlanKind Kind { get; init; }

    public required ScheduleStyle Schedule { get; init; }

    public List<ImportedGoal> Goals { get; } = [];

    public ImportedSignature? Signatory { get; set; }

    public int Line { get; init; }

    public IEnumerable<ImportedIndicator> Indicators => Goals.SelectMany(g => g.Indicators);

    public IEnumerable<ImportedAction> Actions => Indicators.SelectMany(i => i.Actions);

    public Rupiah BudgetCeilingTotal => Rupiah.Sum(Actions.Select(a => a.BudgetCeiling ?? Rupiah.Zero));
}

/// <summary>A coded line of a budget table as printed (RKA Bagian A) or stated in a narrative (program amounts).</summary>
public sealed class ImportedBudgetLine
{
    public required string Code { get; init; }

    public required string Title { get; set; }

    /// <summary>The code of the line above it in the printed tree; null for a program.</summary>
    public string? ParentCode { get; init; }

    public string? Volume { get; set; }

    public Rupiah? Baseline { get; set; }

    public Rupiah? NewInitiative { get; set; }

    public Rupiah? StatedTotal { get; set; }

    public List<ImportedStatement> Statements { get; } = [];

    public int Line { get; init; }
}

public sealed record ImportedStatement(Kinerja.Domain.Budgeting.StatementKind Kind, string? Number, string Text, int Line);

public sealed record ImportedRevision(string Label, Rupiah? Ceiling, string? DipaNumber, DateOnly? DipaDate);

public sealed class ImportedBudget
{
    public string? DipaNumber { get; set; }

    public DateOnly? DipaDate { get; set; }

    /// <summary>The pagu as first stated, then each revision's pagu (seed 003: 3.178.163.000 revised to 4.451.669.000).</summary>
    public List<ImportedRevision> Revisions { get; } = [];

    public List<ImportedBudgetLine> Lines { get; } = [];

    public ImportedSignature? Signatory { get; set; }
}

/// <summary>What one document says, and what the importer could not understand in it.</summary>
public sealed class ImportedDocument
{
    public required string File { get; init; }

    public required SourceFormat Format { get; init; }

    public DocumentKind Kind { get; set; }

    public int? Year { get; set; }

    public ImportedWorkUnit? WorkUnit { get; set; }

    public List<ImportedPlan> Plans { get; } = [];

    public ImportedBudget? Budget { get; set; }

    public List<ImportFinding> Findings { get; } = [];

    public LineCounts Lines { get; set; } = new(0, 0, 0, 0);

    /// <summary>A hash of the document's content (its cleaned lines), to tell a document already imported.</summary>
    public string ContentHash { get; set; } = string.Empty;

    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    public void Add(Severity severity, string code, string message, int line = 0) =>
        Findings.Add(new ImportFinding(severity, code, message, line));
}
