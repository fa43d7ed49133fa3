using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Monitoring;

/// <summary>Progress of an RAK action in a period.</summary>
public enum ActionStatus
{
    /// <summary>Belum dimulai.</summary>
    NotStarted,

    /// <summary>Sedang berjalan.</summary>
    InProgress,

    /// <summary>Selesai.</summary>
    Done,

    /// <summary>A reported value ("36 Pegawai") in <see cref="ActionProgress.Value"/>.</summary>
    Value,
}

/// <summary>
/// What was reported for one indicator in one period. <see cref="Text"/> is kept exactly as typed; <see cref="Value"/> reads it.
/// A fraction typed as numerator and denominator is kept in those two fields too.
/// </summary>
public sealed class IndicatorRealisation
{
    internal IndicatorRealisation(Guid indicatorId, Period period)
    {
        IndicatorId = indicatorId;
        Period = period;
        Text = string.Empty;
    }

    private IndicatorRealisation()
    {
        Text = string.Empty;
    }

    public Guid IndicatorId { get; private set; }

    public Period Period { get; private set; }

    /// <summary>The realisation exactly as typed; empty is blank (not reported).</summary>
    public string Text { get; private set; }

    public decimal? Numerator { get; private set; }

    public decimal? Denominator { get; private set; }

    /// <summary>The aggregation chosen for the indicator when it differs from <see cref="PeriodAggregation.DefaultFor"/>.</summary>
    public AggregationKind? Aggregation { get; private set; }

    /// <summary>Kendala: what held the indicator back.</summary>
    public string? Problem { get; private set; }

    /// <summary>Tindak lanjut: what will be done about it.</summary>
    public string? FollowUp { get; private set; }

    /// <summary>The reading of <see cref="Text"/>; a numerator and denominator make a fraction.</summary>
    public Realisation Value => Text.Length > 0 && Numerator is { } n && Denominator is { } d ? Realisation.Fraction(n, d) : Realisation.Parse(Text);

    internal void Change(string? text, decimal? numerator, decimal? denominator, string? problem, string? followUp)
    {
        var value = Realisation.Parse(text);
        Rule.Require(numerator is null == denominator is null, "REALISATION_FRACTION", "Pembilang dan penyebut diisi berdua atau dikosongkan berdua.");
        if (numerator is { } n && denominator is { } d)
        {
            Rule.Require(value.Kind != RealisationKind.NotReported, "REALISATION_FRACTION", "Isi realisasi bila pembilang dan penyebut diisi.");
            Realisation.Fraction(n, d);
        }

        Text = value.Kind == RealisationKind.NotReported ? string.Empty : text!;
        Numerator = numerator;
        Denominator = denominator;
        Problem = Rule.OptionalText(problem, "REALISATION_NOTE_INVALID", "Kendala", 2000);
        FollowUp = Rule.OptionalText(followUp, "REALISATION_NOTE_INVALID", "Tindak lanjut", 2000);
    }

    internal void Aggregate(AggregationKind? kind) => Aggregation = kind;
}

/// <summary>How far an RAK action got in a period.</summary>
public sealed class ActionProgress
{
    internal ActionProgress(Guid actionId, Period period)
    {
        ActionId = actionId;
        Period = period;
    }

    private ActionProgress()
    {
    }

    public Guid ActionId { get; private set; }

    public Period Period { get; private set; }

    public ActionStatus Status { get; private set; }

    /// <summary>The value reported when <see cref="Status"/> is <see cref="ActionStatus.Value"/>.</summary>
    public string? Value { get; private set; }

    internal void Change(ActionStatus status, string? value)
    {
        var text = Rule.OptionalText(value, "ACTION_PROGRESS_INVALID", "Nilai kemajuan aksi", 100);
        Rule.Require(status != ActionStatus.Value || text is not null, "ACTION_PROGRESS_INVALID", "Isi nilai kemajuan aksi, contoh: 36 Pegawai.");
        Status = status;
        Value = status == ActionStatus.Value ? text : null;
    }

    public string Display() => Status switch
    {
        ActionStatus.NotStarted => "Belum dimulai",
        ActionStatus.InProgress => "Sedang berjalan",
        ActionStatus.Done => "Selesai",
        _ => Value ?? string.Empty,
    };
}

/// <summary>
/// The monitoring of one Perjanjian Kinerja over its year (laporan capaian): what was realised per indicator and period, with
/// kendala and tindak lanjut, and how the actions of the entity's RAK progressed. One per PK plan. Every verb counts a revision.
/// </summary>
public sealed class PerformanceReport
{
    private readonly List<IndicatorRealisation> _realisations = [];
    private readonly List<ActionProgress> _actions = [];

    private PerformanceReport(PerformancePlan plan, ScheduleStyle style)
    {
        Id = Guid.CreateVersion7();
        PlanId = plan.Id;
        WorkUnitId = plan.WorkUnitId;
        Year = plan.Year;
        PeriodStyle = style;
    }

    private PerformanceReport()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The PK plan reported on.</summary>
    public Guid PlanId { get; private set; }

    public Guid WorkUnitId { get; private set; }

    public FiscalYear Year { get; private set; }

    /// <summary>Quarters (T1–T4) by default; months (B1–B12) for a unit that monitors monthly like its RAK.</summary>
    public ScheduleStyle PeriodStyle { get; private set; }

    public int Revision { get; private set; }

    public IReadOnlyList<IndicatorRealisation> Realisations => _realisations;

    public IReadOnlyList<ActionProgress> ActionProgress => _actions;

    /// <summary>Starts the report of a Perjanjian Kinerja; quarterly unless <paramref name="style"/> says monthly.</summary>
    public static PerformanceReport For(PerformancePlan plan, ScheduleStyle style = ScheduleStyle.Quarterly)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Rule.Require(plan.Kind == PlanKind.Pk, "REPORT_PLAN_KIND", "Laporan capaian dibuat untuk Perjanjian Kinerja.");
        Rule.Require(style != ScheduleStyle.None, "REPORT_PERIOD_STYLE", "Laporan capaian disusun per triwulan atau per bulan.");
        return new PerformanceReport(plan, style);
    }

    public IndicatorRealisation? Find(Guid indicatorId, Period period) =>
        _realisations.SingleOrDefault(r => r.IndicatorId == indicatorId && r.Period == period);

    /// <summary>The periods reported for an indicator, blank periods left out.</summary>
    public IReadOnlyList<PeriodRealisation> PeriodsOf(Guid indicatorId) =>
        [.. _realisations.Where(r => r.IndicatorId == indicatorId).OrderBy(r => r.Period).Select(r => new PeriodRealisation(r.Period, r.Value))];

    /// <summary>The aggregation of an indicator: the one recorded with it, else the default for its target.</summary>
    public AggregationKind AggregationOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return _realisations.Where(r => r.IndicatorId == indicator.Id && r.Aggregation is not null).Select(r => r.Aggregation).FirstOrDefault()
            ?? (indicator.Target is { } t ? PeriodAggregation.DefaultFor(t.Kind) : AggregationKind.LastValue);
    }

    /// <summary>The indicator with its periods, ready for year-to-date capaian and early warning.</summary>
    public IndicatorProgress ProgressOf(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return new IndicatorProgress(indicator.Text, indicator.Target, indicator.Direction, AggregationOf(indicator), PeriodsOf(indicator.Id), indicator.Id);
    }

    /// <summary>
    /// Records (or replaces) the realisation of <paramref name="indicatorId"/> in <paramref name="period"/>: the text as typed
    /// (blank clears the value but keeps kendala and tindak lanjut), an optional numerator/denominator, kendala and tindak lanjut.
    /// </summary>
    public IndicatorRealisation Record(PerformancePlan plan, Guid indicatorId, Period period, string? text, decimal? numerator = null, decimal? denominator = null, string? problem = null, string? followUp = null)
    {
        EnsurePlan(plan);
        Rule.Require(plan.Indicators.Any(i => i.Id == indicatorId), "REPORT_INDICATOR_UNKNOWN", "Indikator itu tidak ada dalam Perjanjian Kinerja ini.");
        EnsurePeriod(period);
        var entry = Find(indicatorId, period);
        if (entry is null)
        {
            entry = new IndicatorRealisation(indicatorId, period);
            entry.Change(text, numerator, denominator, problem, followUp);
            _realisations.Add(entry);
        }
        else
        {
            entry.Change(text, numerator, denominator, problem, followUp);
        }

        Revision++;
        return entry;
    }

    /// <summary>Chooses how an indicator's periods make its year (null: the default for its target).</summary>
    public void ChooseAggregation(PerformancePlan plan, Guid indicatorId, AggregationKind? kind)
    {
        EnsurePlan(plan);
        Rule.Require(plan.Indicators.Any(i => i.Id == indicatorId), "REPORT_INDICATOR_UNKNOWN", "Indikator itu tidak ada dalam Perjanjian Kinerja ini.");
        var entries = _realisations.Where(r => r.IndicatorId == indicatorId).ToList();
        Rule.Require(entries.Count > 0, "REPORT_AGGREGATION_EMPTY", "Catat realisasi indikator dahulu sebelum memilih cara penjumlahannya.");
        entries.ForEach(e => e.Aggregate(kind));
        Revision++;
    }

    /// <summary>Records how an action of the entity's RAK progressed in a period of the RAK's own schedule style.</summary>
    public ActionProgress RecordAction(PerformancePlan rak, Guid actionId, Period period, ActionStatus status, string? value = null)
    {
        ArgumentNullException.ThrowIfNull(rak);
        Rule.Require(
            rak.Kind == PlanKind.Rak && rak.WorkUnitId == WorkUnitId && rak.Year == Year,
            "REPORT_RAK_FOREIGN",
            "Kemajuan aksi dicatat dari Rencana Aksi Kinerja satuan kerja dan tahun yang sama.");
        Rule.Require(rak.Actions.Any(a => a.Id == actionId), "REPORT_ACTION_UNKNOWN", "Aksi itu tidak ada dalam Rencana Aksi Kinerja ini.");
        Rule.Require(
            period.Style == rak.ScheduleStyle,
            "REPORT_PERIOD_STYLE",
            $"Rencana aksi ini dijadwalkan per {StyleName(rak.ScheduleStyle)}; periode {period} tidak berlaku.");
        var entry = _actions.SingleOrDefault(a => a.ActionId == actionId && a.Period == period);
        if (entry is null)
        {
            entry = new ActionProgress(actionId, period);
            entry.Change(status, value);
            _actions.Add(entry);
        }
        else
        {
            entry.Change(status, value);
        }

        Revision++;
        return entry;
    }

    /// <summary>
    /// Whether this report's bukti dukung may be removed. Every report can still be edited; when reports can be submitted
    /// or verified, this is where the rule grows.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "A rule of each report: it will read the report's state once reports can be locked.")]
    public bool MayRemoveEvidence => true;

    /// <summary>
    /// Counts the attachment of evidence to the report, and checks it is attached to a known indicator and period and stays
    /// within <see cref="EvidenceLimits"/> given what is <paramref name="held"/> already.
    /// </summary>
    public Evidence Attach(PerformancePlan plan, Guid indicatorId, Period period, string fileName, byte[] content, DateTimeOffset at, EvidenceHoldings held)
    {
        EnsurePlan(plan);
        Rule.Require(plan.Indicators.Any(i => i.Id == indicatorId), "REPORT_INDICATOR_UNKNOWN", "Indikator itu tidak ada dalam Perjanjian Kinerja ini.");
        EnsurePeriod(period);
        var evidence = Evidence.Create(this, indicatorId, period, fileName, content, at);
        EvidenceLimits.Check(held, evidence.Size);
        Revision++;
        return evidence;
    }

    /// <summary>Counts the removal of one of the report's bukti dukung, while <see cref="MayRemoveEvidence"/>; the caller deletes it.</summary>
    public void RemoveEvidence(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        Rule.Require(evidence.ReportId == Id, "EVIDENCE_FOREIGN", "Bukti dukung itu bukan milik laporan ini.");
        Rule.Require(MayRemoveEvidence, "EVIDENCE_LOCKED", "Laporan ini tidak dapat diubah lagi; bukti dukungnya tidak dapat dihapus.");
        Revision++;
    }

    private void EnsurePlan(PerformancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Rule.Require(plan.Id == PlanId, "REPORT_PLAN_FOREIGN", "Laporan ini milik Perjanjian Kinerja yang lain.");
    }

    private void EnsurePeriod(Period period) =>
        Rule.Require(
            period.Style == PeriodStyle,
            "REPORT_PERIOD_STYLE",
            $"Laporan ini disusun per {StyleName(PeriodStyle)}; periode {period} tidak berlaku.");

    private static string StyleName(ScheduleStyle style) => style == ScheduleStyle.Monthly ? "bulan (B1–B12)" : "triwulan (T1–T4)";
}
