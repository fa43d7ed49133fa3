using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Documents.Import;

/// <summary>The machine-readable account of an import (<c>import --json</c>): one object per document, with invariant number and date formats.</summary>
public static class ImportReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(IEnumerable<ImportedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var document in documents)
            {
                Write(json, document);
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter json, ImportedDocument document)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(document);
        json.WriteStartObject();
        json.WriteString("file", document.File);
        json.WriteString("kind", document.Kind == DocumentKind.Unknown ? null : document.Kind.ToString().ToUpperInvariant());
        if (document.Year is { } year)
        {
            json.WriteNumber("year", year);
        }
        else
        {
            json.WriteNull("year");
        }

        json.WritePropertyName("workUnit");
        if (document.WorkUnit is { } unit)
        {
            json.WriteStartObject();
            json.WriteString("name", unit.Name);
            json.WriteString("code", unit.SatkerCode);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("plans");
        foreach (var plan in document.Plans)
        {
            json.WriteStartObject();
            json.WriteString("entity", plan.Entity == EntityKind.Commission ? "commission" : "secretariat");
            json.WriteString("kind", plan.Kind.ToString().ToUpperInvariant());
            json.WriteString("schedule", plan.Schedule switch { ScheduleStyle.Quarterly => "quarterly", ScheduleStyle.Monthly => "monthly", _ => "none" });
            json.WriteNumber("goals", plan.Goals.Count);
            json.WriteNumber("indicators", plan.Indicators.Count());
            json.WriteNumber("actions", plan.Actions.Count());
            json.WriteNumber("budgetCeilingTotal", plan.BudgetCeilingTotal.Value);
            Signatory(json, "signatory", plan.Signatory);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("budget");
        if (document.Budget is { } budget)
        {
            var codes = budget.Lines.Select(l => BudgetCode.TryParse(l.Code, out var c) ? c : (BudgetCode?)null).ToList();
            json.WriteStartObject();
            json.WriteNumber("programs", codes.Count(c => c?.Level == BudgetLevel.Program));
            json.WriteNumber("activities", codes.Count(c => c?.Level == BudgetLevel.Activity));
            json.WriteNumber("outputs", codes.Count(c => c?.Level == BudgetLevel.Output));
            json.WriteNumber("total", OutputsTotal(budget).Value);
            json.WriteStartArray("revisions");
            foreach (var revision in budget.Revisions)
            {
                json.WriteStartObject();
                json.WriteString("label", revision.Label);
                if (revision.Ceiling is { } ceiling)
                {
                    json.WriteNumber("total", ceiling.Value);
                }
                else
                {
                    json.WriteNull("total");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        Signatory(json, "signatory", document.Plans.Count == 0 ? document.Budget?.Signatory : null);
        json.WriteStartArray("findings");
        foreach (var finding in document.Findings)
        {
            json.WriteStartObject();
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteString("code", finding.Code);
            json.WriteString("message", finding.Message);
            json.WriteNumber("line", finding.Line);
            if (finding.Remedy != ErrorRemedy.None)
            {
                json.WriteString("remedy", finding.Remedy == ErrorRemedy.Fix ? "fix" : "override");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("lines");
        json.WriteNumber("total", document.Lines.Total);
        json.WriteNumber("used", document.Lines.Used);
        json.WriteNumber("ignored", document.Lines.Ignored);
        json.WriteNumber("unaccounted", document.Lines.Unaccounted);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The sum of the outputs' printed Jumlah (or their angka dasar + inisiatif baru where no Jumlah is printed): what the budget holds, not what a total line claims.</summary>
    public static Rupiah OutputsTotal(ImportedBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        return Rupiah.Sum(budget.Lines
            .Where(l => BudgetCode.TryParse(l.Code, out var code) && code.Level == BudgetLevel.Output)
            .Select(l => l.StatedTotal ?? (l.Baseline ?? Rupiah.Zero) + (l.NewInitiative ?? Rupiah.Zero)));
    }

    private static void Signatory(Utf8JsonWriter json, string name, ImportedSignature? signature)
    {
        json.WritePropertyName(name);
        if (signature is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WriteString("name", signature.Name);
        json.WriteString("position", signature.Position);
        json.WriteString("nip", signature.Nip?.Digits);
        json.WriteString("place", signature.Place);
        json.WriteString("date", signature.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }
}
