using System.Globalization;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Monitoring;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;

namespace Kinerja.Monitoring;

/// <summary>
/// Maps a quarter's monitoring (<see cref="QuarterView"/>) to the print sources of the LKj table and the monitoring report.
/// The documents project knows nothing of the web; this is where capaian, realisations and money become plain values,
/// with the same labels the quarter page shows ("belum dilaporkan", n/a, "–").
/// </summary>
public static class MonitoringDocuments
{
    /// <summary>The LKj table of one entity, signed by the entity's head and dated <paramref name="signedOn"/> (the day it is printed, at the unit's place).</summary>
    public static LkjDocument Lkj(QuarterView view, EntitySection section, DateOnly signedOn)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(section);
        var goals = section.Plan.Goals.Select(goal => new LkjGoal(
            goal.Label,
            goal.Statement,
            [.. section.Rows.Where(r => r.Goal.Id == goal.Id).Select(row => new LkjIndicator(
                IndicatorNumber(row),
                row.Indicator.Text,
                Target(row.Indicator),
                MonitoringLabels.Realisation(row.Outlook.SoFar.Value),
                Capaian(row.ToDate, view.Policy),
                Numeric(row.Outlook.SoFar.Value)))])).ToList();
        return new LkjDocument(
            view.Unit.Entity(section.Entity).Name,
            view.Unit.Name,
            view.Year.Value,
            view.Quarter,
            DocumentSources.Letterhead(view.Unit),
            goals,
            new BudgetSummary(view.Ceiling.Value, view.RealisedToDate.Value, view.Absorption),
            Signature(view.Unit, section.Entity, signedOn));
    }

    /// <summary>The quarter's monitoring report, signed by the secretary (the unit's budget holder) and dated <paramref name="signedOn"/>.</summary>
    public static MonitoringReportDocument Report(QuarterView view, DateOnly signedOn)
    {
        ArgumentNullException.ThrowIfNull(view);
        var entities = view.Sections.Select(section => new MonitoringEntity(
            view.Unit.Entity(section.Entity).Name,
            PlanLabels.Entity(section.Entity),
            [.. section.Rows.Select(row => new MonitoringIndicator(
                IndicatorNumber(row),
                $"{row.Goal.Label}. {row.Goal.Statement}",
                row.Indicator.Text,
                Target(row.Indicator),
                MonitoringLabels.Realisation(row.Current),
                MonitoringLabels.Realisation(row.Outlook.SoFar.Value),
                Capaian(row.ToDate, view.Policy),
                Blank(row.Entry?.Problem),
                Blank(row.Entry?.FollowUp),
                Numeric(row.Current),
                Numeric(row.Outlook.SoFar.Value)))],
            section.Actions.Count == 0 ? [] : [.. section.Actions[0].Periods.Select(p => EarlyWarning.Name(p.Period))],
            [.. section.Actions.Select(Action)])).ToList();
        var budget = view.Budget.Select(b => new MonitoringBudgetRow(
            b.Code.Value, b.Title, b.Progress.Ceiling.Value, b.Progress.PlannedToDate.Value, b.Progress.RealisedToDate.Value, b.Outlook.Absorption)).ToList();
        var total = new MonitoringBudgetRow(string.Empty, "Jumlah", view.Ceiling.Value, view.PlannedToDate.Value, view.RealisedToDate.Value, view.Absorption);
        return new MonitoringReportDocument(
            view.Unit.Name,
            view.Year.Value,
            view.Quarter,
            DocumentSources.Letterhead(view.Unit),
            entities,
            view.ThroughMonth,
            budget,
            total,
            view.Consistency,
            [.. view.CumulativeByMonth.Select((c, m) => new MonthPoint(m + 1, c.Planned, c.Realised))],
            view.Nka is { } nka
                ? new NkaSource(nka.Components.OutputAchievement, nka.Components.Absorption, nka.Components.Consistency, nka.Components.EfficiencyValue, nka.Score)
                : null,
            [.. view.Warnings.Select(w => new WarningSource(w.Code, w.Location, w.Message))],
            Signature(view.Unit, view.Unit.HeadOf(EntityKind.Secretariat) is null ? EntityKind.Commission : EntityKind.Secretariat, signedOn));
    }

    /// <summary>
    /// "Serang, 5 Januari 2026", the head's position, name and NIP: the signature block the plan documents print, for the
    /// entity's head as appointed on the unit page; null when the entity has no head yet (nothing to sign with).
    /// </summary>
    public static SignatureSource? Signature(WorkUnit unit, EntityKind entity, DateOnly signedOn)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.HeadOf(entity) is { } head
            ? new SignatureSource($"{unit.SignatureCity}, {IdFormat.Date(signedOn)}", unit.Entity(entity).HeadPosition, null, head.Name, head.Nip?.Grouped)
            : null;
    }

    /// <summary>A realisation a workbook can hold as a number: a percentage, a quantity or an index; anything else stays text.</summary>
    private static NumericValue? Numeric(Realisation value) =>
        value.Kind == RealisationKind.Value && value.IsNumeric && value.Reading is { Value: { } number } reading
            ? new NumericValue(number, reading.Kind == TargetKind.Percentage, reading.Kind == TargetKind.Quantity ? reading.Unit : null)
            : null;

    /// <summary>A capaian in print form: the domain's rounded percentage, or the quarter page's label for why there is none.</summary>
    public static CapaianCell Capaian(Achievement achievement, AchievementPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(achievement);
        ArgumentNullException.ThrowIfNull(policy);
        return new CapaianCell(
            achievement.Status == AchievementStatus.Computed ? achievement.Percent : null,
            MonitoringLabels.Capaian(achievement),
            achievement.Category?.Name,
            MonitoringLabels.BandIndex(achievement, policy));
    }

    /// <summary>What an action shows for each period of the quarter: its reported progress, "belum dilaporkan" when scheduled and not reported, else "–".</summary>
    private static MonitoringAction Action(ActionRow row) => new(
        row.Action.Name,
        row.Action.Target?.Display() ?? "–",
        [.. row.Periods.Select(p => p.Progress is { } progress
            ? progress.Display() is { Length: > 0 } shown ? shown : MonitoringLabels.ActionStatus(progress.Status)
            : p.Scheduled ? "belum dilaporkan" : "–")]);

    private static string IndicatorNumber(IndicatorRow row) =>
        row.Goal.Label + "." + (row.Indicator.Position + 1).ToString(CultureInfo.InvariantCulture);

    private static string Target(Indicator indicator) => indicator.Target?.Display() ?? "–";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
