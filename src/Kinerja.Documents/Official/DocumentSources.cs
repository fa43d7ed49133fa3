using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Official;

public enum PaperSize
{
    /// <summary>A4 landscape, 297 × 210 mm.</summary>
    A4,

    /// <summary>F4 / folio landscape, 330 × 215 mm, which many offices print on.</summary>
    F4,
}

public enum OutputFormat
{
    Html,
    Pdf,
    Xlsx,
    Docx,
}

/// <summary>How a document is printed: the paper, and whether the work unit's letterhead (kop) heads it.</summary>
public sealed record DocumentOptions(PaperSize Paper = PaperSize.A4, bool Letterhead = true)
{
    public static DocumentOptions Default { get; } = new();

    /// <summary>Landscape page size in millimetres.</summary>
    public (double Width, double Height) PageMillimetres => Paper == PaperSize.F4 ? (330, 215) : (297, 210);
}

/// <summary>The letterhead lines of a work unit, as printed at the top of its documents.</summary>
public sealed record LetterheadSource(string Body, string Unit, string? Address, string? Contact);

/// <summary>A signature block: "Serang, 28 Januari 2021", the position, the body, the name and the grouped NIP.</summary>
public sealed record SignatureSource(string PlaceAndDate, string? Position, string? Organisation, string Name, string? Nip);

/// <summary>
/// One printed row of a plan table. A goal cell spans <see cref="GoalSpan"/> rows from its first row, an indicator cell
/// <see cref="IndicatorSpan"/> rows; the other rows of a span carry the same texts with First… false, so a renderer that
/// cannot merge cells can still repeat or blank them.
/// </summary>
public sealed record PlanRow(
    string GoalNumber,
    string Goal,
    bool FirstOfGoal,
    int GoalSpan,
    string Indicator,
    string Target,
    bool FirstOfIndicator,
    int IndicatorSpan,
    string? Action,
    string? ActionTarget,
    IReadOnlyList<string> Periods,
    long? Ceiling,
    string? Responsible);

/// <summary>The PK's parties and its budget per program.</summary>
public sealed record AgreementSource(PartySource First, PartySource Second, IReadOnlyList<ProgramBudget> Programs)
{
    public long ProgramsTotal => Rupiah.Sum(Programs.Select(p => new Rupiah(p.Amount))).Value;
}

public sealed record PartySource(string Name, string Position, string? Nip);

public sealed record ProgramBudget(string Code, string Title, long Amount);

/// <summary>
/// Everything an RKT, PK or RAK prints, already in print form (Indonesian numbers and dates), built from the model by
/// <see cref="DocumentSources"/>. Renderers lay it out and add nothing.
/// </summary>
public sealed record PlanDocument(
    PlanKind Kind,
    int Year,
    string Title,
    string UnitName,
    string EntityName,
    LetterheadSource Letterhead,
    ScheduleStyle Schedule,
    IReadOnlyList<string> PeriodLabels,
    IReadOnlyList<PlanRow> Rows,
    long BudgetCeilingTotal,
    SignatureSource? Signature,
    AgreementSource? Agreement)
{
    public bool HasActions => Kind == PlanKind.Rak;

    /// <summary>The headings before the schedule; under the schedule heading come <see cref="PeriodLabels"/>, then <see cref="TrailingColumns"/>.</summary>
    public IReadOnlyList<string> LeadingColumns => HasActions
        ? ["No", "Sasaran", "Indikator Kinerja", "Target", "Kegiatan/Aksi", "Target Aksi"]
        : ["No", Kind == PlanKind.Rkt ? "Sasaran Strategis" : "Sasaran", "Indikator Kinerja", "Target"];

    /// <summary>The heading over the period columns ("Rencana Pelaksanaan Triwulan").</summary>
    public string PeriodGroup => Schedule == ScheduleStyle.Monthly ? "Rencana Pelaksanaan Bulan" : "Rencana Pelaksanaan Triwulan";

    public IReadOnlyList<string> TrailingColumns => HasActions ? ["Pagu Anggaran (Rp)", "Pelaksana"] : [];

    public int ColumnCount => LeadingColumns.Count + PeriodLabels.Count + TrailingColumns.Count;
}

public enum RkaRowKind
{
    Program,
    Activity,
    OutputClass,
    Output,
    Component,
    Label,
    Statement,
}

/// <summary>One row of the RKA Satker Bagian A table: a coded line with its amounts, a label ("Indikator Output :") or a statement.</summary>
public sealed record RkaRow(string Code, string Text, RkaRowKind Kind, int Depth, string? Volume, long? Baseline, long? NewInitiative, long? Total);

public sealed record RkaHeader(string Ministry, string Unit, string Satker, string? Province, string? Location);

/// <summary>Everything the RKA Satker Bagian A prints: the header block repeated on every page, the coded tree and its amounts.</summary>
public sealed record RkaDocument(int Year, string VersionLabel, string UnitName, LetterheadSource Letterhead, RkaHeader Header, IReadOnlyList<RkaRow> Rows, long Total, SignatureSource? Signature)
{
    public static IReadOnlyList<string> Columns { get; } = ["Kode", "Program/Sasaran Program/Indikator Kinerja Program/Kegiatan/Indikator Kinerja Kegiatan/Output", "Volume/Satuan", "Angka Dasar", "Inisiatif Baru", "Jumlah"];
}
