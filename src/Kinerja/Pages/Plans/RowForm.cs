using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Pages.Plans;

/// <summary>
/// What the user typed into one row of the editor, exactly as typed, so that a refused save shows it back unchanged.
/// <see cref="Schedule"/> holds one cell per period: empty is unscheduled, a tick mark ("v", "✓", "■") is scheduled, anything else is the period's value.
/// </summary>
public sealed class RowForm
{
    private static readonly string[] Ticks = ["v", "V", "✓", "√", "■", "x", "X", "1"];

    public RowElement Element { get; init; }

    public Guid? ElementId { get; init; }

    public Guid? ParentId { get; init; }

    public int Revision { get; set; }

    public string Text { get; init; } = string.Empty;

    public string? Level { get; init; }

    public string? Code { get; init; }

    public string? Target { get; init; }

    public string? Direction { get; init; }

    public string? Unit { get; init; }

    public string? Ceiling { get; init; }

    public string? Output { get; init; }

    public Dictionary<string, string> Schedule { get; init; } = [];

    /// <summary>After saving a new row, open a fresh one under the same parent (Enter in a new row).</summary>
    public bool Continue { get; init; }

    public Dictionary<string, string> Errors { get; } = [];

    public bool IsNew => ElementId is null;

    public string Key => IsNew ? $"new-{Anchors.Code(Element)}-{ParentId}" : Anchors.Of(Element, ElementId!.Value);

    public static RowForm Read(IFormCollection form, RowElement element)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new RowForm
        {
            Element = element,
            ElementId = Guid.TryParse(form["elementId"], out var id) ? id : null,
            ParentId = Guid.TryParse(form["parentId"], out var parent) ? parent : null,
            Revision = int.TryParse(form["rev"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var rev) ? rev : -1,
            Text = form["text"].ToString(),
            Level = form["level"],
            Code = form["code"],
            Target = form["target"],
            Direction = form["direction"],
            Unit = form["unit"],
            Ceiling = form["ceiling"],
            Output = form["output"],
            Schedule = form.Keys.Where(k => k.StartsWith("p_", StringComparison.Ordinal))
                .ToDictionary(k => k[2..], k => form[k].ToString().Trim(), StringComparer.Ordinal),
            Continue = form["continue"] == "1",
        };
    }

    public static RowForm For(Goal goal, int revision) => new()
    {
        Element = RowElement.Goal,
        ElementId = goal.Id,
        Revision = revision,
        Text = goal.Statement,
        Level = goal.Level.ToString(),
        Code = goal.BudgetCode?.Value,
    };

    public static RowForm For(Indicator indicator, int revision) => new()
    {
        Element = RowElement.Indicator,
        ElementId = indicator.Id,
        Revision = revision,
        Text = indicator.Text,
        Code = indicator.Code,
        Target = indicator.Target?.Text,
        Direction = indicator.Direction.ToString(),
    };

    public static RowForm For(PlanAction action, int revision) => new()
    {
        Element = RowElement.Action,
        ElementId = action.Id,
        Revision = revision,
        Text = action.Name,
        Target = action.Target?.Text,
        Unit = action.ResponsibleUnitId?.ToString(),
        Ceiling = action.BudgetCeiling is { } ceiling ? IdFormat.Whole(ceiling.Value) : null,
        Output = action.BudgetOutput?.Value,
        Schedule = action.Schedule.ToDictionary(e => e.Period.Code, e => e.Value ?? "✓", StringComparer.Ordinal),
    };

    /// <summary>Notes an empty description at once, so that it shows together with the other fields' problems.</summary>
    public void RequireText()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            Errors["text"] = Element switch
            {
                RowElement.Goal => "Rumusan sasaran wajib diisi.",
                RowElement.Indicator => "Rumusan indikator wajib diisi.",
                _ => "Nama kegiatan/aksi wajib diisi.",
            };
        }
    }

    /// <summary>How a typed target is understood, as the field's hint says it; a target the save would refuse says why.</summary>
    public static string Hint(string? target)
    {
        try
        {
            return Domain.Planning.Target.From(target) is { } parsed ? parsed.Describe() : "belum diisi";
        }
        catch (RuleViolationException problem)
        {
            return problem.Message;
        }
    }

    public string? Cell(Period period) => Schedule.TryGetValue(period.Code, out var value) ? value : null;

    public GoalLevel ParsedLevel() => DefinedEnum.TryParse<GoalLevel>(Level, out var level) ? level : GoalLevel.Strategic;

    public Direction ParsedDirection() => DefinedEnum.TryParse<Direction>(Direction, out var direction) ? direction : Domain.Planning.Direction.HigherIsBetter;

    /// <summary>Notes a level or direction that is none of the list's (a forged or stale form) next to its field, instead of reading it as the default.</summary>
    public void RequireListedChoices()
    {
        if (!string.IsNullOrWhiteSpace(Level) && !DefinedEnum.TryParse<GoalLevel>(Level, out _))
        {
            Errors["level"] = "Tingkat sasaran tidak dikenal; pilih dari daftar.";
        }

        if (!string.IsNullOrWhiteSpace(Direction) && !DefinedEnum.TryParse<Direction>(Direction, out _))
        {
            Errors["direction"] = "Arah indikator tidak dikenal; pilih dari daftar.";
        }
    }

    /// <summary>A budget code typed or picked; an error is noted against <paramref name="field"/> when it cannot be read.</summary>
    public BudgetCode? ParsedCode(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (BudgetCode.TryParse(text, out var code))
        {
            return code;
        }

        Errors[field] = $"\"{text.Trim()}\" bukan kode anggaran yang dikenal (contoh: 076.01.01, 3355, 3355.EBA.994, 3355.EBA.994.051).";
        return null;
    }

    /// <summary>The ceiling as typed, read the same way as every amount field (<see cref="RupiahInput"/>).</summary>
    public Rupiah? ParsedCeiling()
    {
        try
        {
            return RupiahInput.Read(Ceiling);
        }
        catch (RuleViolationException problem)
        {
            Errors["ceiling"] = problem.Message;
            return null;
        }
    }

    public Guid? ParsedUnit(IReadOnlyCollection<Guid> known)
    {
        if (string.IsNullOrWhiteSpace(Unit))
        {
            return null;
        }

        if (Guid.TryParse(Unit, out var id) && known.Contains(id))
        {
            return id;
        }

        Errors["unit"] = "Pelaksana yang dipilih tidak ada pada satuan kerja ini.";
        return null;
    }

    /// <summary>The schedule as typed: each period is unscheduled, scheduled, or scheduled with a value.</summary>
    public IEnumerable<(Period Period, bool Scheduled, string? Value)> ParsedSchedule(ScheduleStyle style) =>
        Period.All(style).Select(period =>
        {
            var cell = Cell(period);
            return string.IsNullOrWhiteSpace(cell)
                ? (period, false, (string?)null)
                : (period, true, Ticks.Contains(cell) ? null : cell);
        });

    /// <summary>Which field a refused rule belongs to, so its message shows next to that field.</summary>
    public void NoteViolation(RuleViolationException violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        var field = violation.Code switch
        {
            "INDICATOR_RANGE_TARGET" => "target",
            _ when violation.Code.StartsWith("TARGET_", StringComparison.Ordinal) => "target",
            "GOAL_LEVEL_UNKNOWN" => "level",
            "INDICATOR_DIRECTION_UNKNOWN" => "direction",
            "ACTION_CEILING_NEGATIVE" or Rupiah.TooLarge => "ceiling",
            "ACTION_BUDGET_OUTPUT_LEVEL" => "output",
            "SCHEDULE_VALUE_INVALID" or "SCHEDULE_STYLE_MISMATCH" => "schedule",
            "GOAL_INVALID" or "INDICATOR_INVALID" or "ACTION_INVALID" when violation.Message.StartsWith("Kode", StringComparison.Ordinal) => "code",
            "GOAL_INVALID" or "INDICATOR_INVALID" or "ACTION_INVALID" => "text",
            _ => "row",
        };
        Errors[field] = violation.Message;
    }
}
