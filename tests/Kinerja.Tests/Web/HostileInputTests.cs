using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web;

/// <summary>
/// Every handler of every page, found by reflection, is sent a table of hostile values in every field it reads: none may
/// answer 500. Unknown handlers and unknown subjects are 404; amounts a decimal cannot hold and undefined enum values are 422.
/// </summary>
public sealed partial class HostileInputTests
{
    private const string Huge = "99999999999999999999999999999999";

    // 400 is the documents' answer to a format they do not write, and the framework's to a NUL in a form field.
    private static readonly HashSet<HttpStatusCode> Answers =
    [
        HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity,
    ];

    /// <summary>Fields some handlers read from <c>Request.Form</c> themselves, which their parameters do not name.</summary>
    private static readonly Dictionary<string, string[]> FormOnlyFields = new(StringComparer.Ordinal)
    {
        ["EditorModel.Save"] = ["elementId", "parentId", "rev", "text", "level", "code", "target", "direction", "unit", "ceiling", "output", "p_T1", "p_B1", "continue"],
        ["SpendingModel.Save"] = ["rpd1", "rpd12", "realisasi1", "realisasi12"],
    };

    private static readonly string[] AmountFields = ["ceiling", "baseline", "newInitiative", "rpd1", "rpd12", "realisasi1", "realisasi12", "pembilang", "penyebut"];

    private static readonly string[] EnumFields = ["entity", "kind", "scheduleStyle", "level", "direction", "status"];

    /// <summary>A page's handler, as Razor Pages names it: On{Verb}{Name}[Async].</summary>
    public sealed record Handler(Type Model, string Route, string Verb, string Name, IReadOnlyList<ParameterInfo> Parameters)
    {
        public string Key => $"{Model.Name}.{Name}";

        public override string ToString() => $"{Verb} {Route} handler={Name}";
    }

    public static IReadOnlyList<Handler> Handlers()
    {
        var routes = PageRoutes();
        var models = typeof(Program).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract).ToList();
        var unrouted = models.Where(m => !routes.ContainsKey(m)).Select(m => m.Name).ToList();
        Assert.True(unrouted.Count == 0, "Page models without a page: " + string.Join(", ", unrouted));
        return
        [
            .. from model in models
               from method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
               where method.DeclaringType != typeof(PageModel) && method.DeclaringType != typeof(object)
               let match = HandlerName().Match(method.Name)
               where match.Success
               select new Handler(model, routes[model], match.Groups["verb"].Value.ToUpperInvariant(), match.Groups["name"].Value, method.GetParameters()),
        ];
    }

    [Fact]
    public void Reflection_finds_the_handlers_of_every_editing_page()
    {
        var keys = Handlers().Select(h => h.Key).ToHashSet(StringComparer.Ordinal);

        foreach (var key in new[] { "EditorModel.Save", "EditorModel.Sign", "NewModel.", "DetailsModel.AddLine", "DetailsModel.RemoveOfficial", "QuarterModel.Realisation", "SpendingModel.Save", "IndexModel.Commit" })
        {
            Assert.Contains(key, keys);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task No_typed_value_makes_any_handler_answer_500(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var own = await Subjects.ReadAsync(app.Database, "KPU Kota Serang");
        var foreign = await Subjects.ReadAsync(app.Database, "KPU Kabupaten Kudus");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var failures = new List<string>();
        var handlers = Handlers();

        foreach (var handler in handlers)
        {
            var url = await own.UrlAsync(client, handler.Route);
            var fields = Fields(handler);
            var sent = 0;

            // A page's own drawing (an unnamed GET) reads only what it shows; every handler that edits, or answers a fragment, reads typed input.
            foreach (var field in handler.Verb == "GET" && handler.Name.Length == 0 ? [] : fields)
            {
                foreach (var value in Hostile(field, handler, foreign))
                {
                    var values = fields.ToDictionary(f => f, f => own.Baseline(handler, f), StringComparer.Ordinal);
                    values[field] = value;
                    if (values.ContainsKey("rev") && field != "rev")
                    {
                        values["rev"] = await own.RevisionAsync(handler, url, values);
                    }

                    var response = await SendAsync(client, handler, url, values);
                    sent++;
                    var status = response.StatusCode;
                    var expected = Expected(field, value);
                    if (!Answers.Contains(status) || (expected is { } wanted && status != wanted))
                    {
                        failures.Add($"{handler} {field}={Show(value)} → {(int)status}{(expected is null ? string.Empty : $" (expected {(int)expected})")}");
                    }
                }
            }

            // A subject that does not exist, and one that is not a page's subject at all.
            var missing = await SendAsync(client, handler, own.WithRandomSubject(url), fields.ToDictionary(f => f, f => own.Baseline(handler, f), StringComparer.Ordinal));
            if (url != own.WithRandomSubject(url) && missing.StatusCode != HttpStatusCode.NotFound)
            {
                failures.Add($"{handler} with an unknown subject → {(int)missing.StatusCode} (expected 404)");
            }

            Assert.True(sent > 0 || fields.Count == 0 || handler.Verb == "GET", handler.ToString());
        }

        // Unknown and missing handlers, on every page.
        foreach (var route in handlers.Select(h => (h.Route, h.Model)).Distinct())
        {
            var url = await own.UrlAsync(client, route.Route);
            foreach (var verb in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                using var request = new HttpRequestMessage(verb, new Uri(Append(url, "handler=Tidakada"), UriKind.Relative)) { Content = verb == HttpMethod.Post ? new FormUrlEncodedContent([]) : null };
                var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"{verb} {route.Route} handler=Tidakada → {(int)response.StatusCode} (expected 404)");
                }
            }

            if (!handlers.Any(h => h.Model == route.Model && h.Verb == "POST" && h.Name.Length == 0))
            {
                var response = await Forms.PostAsync(client, url, new Dictionary<string, string>(), htmx: false);
                if (response.StatusCode != HttpStatusCode.NotFound)
                {
                    failures.Add($"POST {route.Route} without a handler → {(int)response.StatusCode} (expected 404)");
                }
            }
        }

        // Whatever the values above stored, every page still reads.
        foreach (var route in handlers.Where(h => h.Verb == "GET" && h.Name.Length == 0).Select(h => h.Route).Distinct())
        {
            var url = await own.UrlAsync(client, route);
            var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"GET {url} after the hostile posts → {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers out of place:\n" + string.Join("\n", failures.Take(300)));
    }

    private static Dictionary<Type, string> PageRoutes()
    {
        var routes = new Dictionary<Type, string>();
        foreach (var item in typeof(Program).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>().Where(i => i.Kind == "mvc.1.0.razor-page"))
        {
            var model = item.Type.GetProperty("Model")?.PropertyType;
            if (model is null || !model.IsSubclassOf(typeof(PageModel)))
            {
                continue;
            }

            var template = item.Type.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(a => a.Key == "RouteTemplate")?.Value;
            var path = item.Identifier["/Pages".Length..^".cshtml".Length];
            routes[model] = template ?? (path == "/Index" ? "/" : path);
        }

        return routes;
    }

    /// <summary>The fields a handler reads: its parameters that are not the route's, and what it reads from the form itself.</summary>
    internal static List<string> Fields(Handler handler)
    {
        var routeValues = RouteValue().Matches(handler.Route).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var fields = handler.Parameters
            .Where(p => p.ParameterType != typeof(CancellationToken) && p.ParameterType != typeof(IFormFile) && !routeValues.Contains(p.Name!))
            .Select(p => p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(Dictionary<,>) ? $"{p.Name}[0]" : p.Name!)
            .ToList();
        fields.AddRange(FormOnlyFields.GetValueOrDefault(handler.Key, []).Where(f => !fields.Contains(f)));
        return fields;
    }

    private static string[] Hostile(string field, Handler handler, Subjects foreign)
    {
        string[] values = ["", "   ", "２", "١٢٣", Huge, "-1", "1e400", "\0", new string('x', 10_240), "99", "bukan-guid", Guid.NewGuid().ToString()];
        var other = foreign.Baseline(handler, field);
        return Guid.TryParse(other, out _) ? [.. values, other] : values;
    }

    /// <summary>What the classes the issue names must answer; null where any answer but a failure will do.</summary>
    private static HttpStatusCode? Expected(string field, string value) =>
        (AmountFields.Contains(field) && value is Huge or "1e400") || (EnumFields.Contains(field) && value == "99")
            ? HttpStatusCode.UnprocessableEntity
            : null;

    internal static async Task<HttpResponseMessage> SendAsync(HttpClient client, Handler handler, string url, Dictionary<string, string> values)
    {
        var address = handler.Name.Length == 0 ? url : Append(url, "handler=" + handler.Name);
        if (handler.Verb == "GET")
        {
            var query = string.Join("&", values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
            return await client.GetAsync(new Uri(query.Length == 0 ? address : Append(address, query), UriKind.Relative));
        }

        return await Forms.PostAsync(client, address, values, htmx: true);
    }

    private static string Append(string url, string query) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;

    private static string Show(string value) => value.Length > 40 ? $"<{value.Length} chars>" : value.Replace("\0", "\\0", StringComparison.Ordinal);

    [GeneratedRegex("^On(?<verb>Get|Post|Put|Delete|Patch)(?<name>\\w*?)(Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex("\\{(\\w+)(:[^}]*)?\\}")]
    private static partial Regex RouteValue();

    /// <summary>One demo work unit's objects: what a form of its pages names when it is filled in as a user would.</summary>
    internal sealed class Subjects
    {
        private readonly TestDatabase _database;
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _routes = new(StringComparer.Ordinal);
        private Guid[] _candidates = [];

        private Subjects(TestDatabase database) => _database = database;

        public static async Task<Subjects> ReadAsync(TestDatabase database, string unitName)
        {
            await using var db = database.Context();
            var unit = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Name == unitName);
            var plans = await db.Plans.AsNoTracking().Include(p => p.Goals).ThenInclude(g => g.Indicators).ThenInclude(i => i.Actions)
                .Where(p => p.WorkUnitId == unit.Id && p.Year == DemoData.Year).ToListAsync();
            var rak = plans.First(p => p.Kind == PlanKind.Rak && p.ScheduleStyle == ScheduleStyle.Quarterly);
            var pk = plans.Single(p => p.Kind == PlanKind.Pk && p.Entity == rak.Entity);
            var version = await db.BudgetVersions.AsNoTracking().Include(b => b.Lines).Where(b => b.WorkUnitId == unit.Id && b.Year == DemoData.Year).OrderByDescending(b => b.Number).FirstAsync();
            var leaf = version.Lines.LastOrDefault(l => version.Lines.All(c => c.ParentId != l.Id))!;
            var output = version.Lines.FirstOrDefault(l => l.Level == Kinerja.Domain.Budgeting.BudgetLevel.Output)!;
            var subjects = new Subjects(database);
            // A user of the unit other than the tester, for the user pages (/Pengguna/{id}): a demo user when there is one.
            var userIds = await db.UserRoles.Where(r => r.WorkUnitId == unit.Id)
                .Join(db.Users.Where(u => u.Email != KinerjaApp.TesterEmail), r => r.UserId, u => u.Id, (r, u) => u.Id).Distinct().Take(1).ToListAsync();
            subjects._candidates = [rak.Id, pk.Id, version.Id, unit.Id, unit.ParentId ?? unit.Id, .. userIds];
            var v = subjects._values;
            v["workUnitId"] = unit.Id.ToString();
            v["year"] = (DemoData.Year.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            v["fromYear"] = v["tahun"] = DemoData.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            v["tw"] = "2";
            v["entity"] = nameof(EntityKind.Commission);
            v["kind"] = nameof(PlanKind.Rkt);
            v["element"] = "action";
            // The editor's handlers remove and move the RAK's last action; the quarter page reports on another one.
            v["elementId"] = rak.Actions.Last().Id.ToString();
            v["EditorModel.parentId"] = rak.Indicators.Last().Id.ToString();
            v["period"] = rak.ScheduleStyle == ScheduleStyle.Monthly ? "B1" : "T1";
            v["by"] = "1";
            v["text"] = v["title"] = v["name"] = v["position"] = v["place"] = "Uraian";
            v["date"] = v["dipaDate"] = $"{DemoData.Year.Value}-02-01";
            v["official"] = v["officialId"] = unit.Officials[0].Id.ToString();
            v["unitId"] = unit.OrganisationalUnits[0].Id.ToString();
            v["lineId"] = leaf.Id.ToString();
            v["DetailsModel.parentId"] = output.Id.ToString();
            v["kode"] = output.Code.Value;
            v["planId"] = pk.Id.ToString();
            v["indicatorId"] = pk.Indicators.First().Id.ToString();
            v["actionId"] = rak.Actions.First(a => a.IsScheduledIn(Period.Quarter(2)) && a.Id.ToString() != v["elementId"]).Id.ToString();
            v["periode"] = "T2";
            v["status"] = "InProgress";
            v["realisasi"] = "3";
            v["volume"] = "1 Paket";
            v["baseline"] = v["ceiling"] = "1.000.000";
            return subjects;
        }

        public string Baseline(Handler handler, string field) =>
            _values.GetValueOrDefault($"{handler.Model.Name}.{field}") ?? _values.GetValueOrDefault(field) ?? string.Empty;

        /// <summary>The page's address for this unit: each route value is the first of the unit's objects the page answers for.</summary>
        public async Task<string> UrlAsync(HttpClient client, string route)
        {
            if (_routes.TryGetValue(route, out var known))
            {
                return known;
            }

            var url = RouteValue().Replace(route, m => m.Groups[1].Value switch
            {
                "year" => _values["tahun"],
                "what" => "Baru",
                _ => "{guid}",
            });
            if (url.Contains("{guid}", StringComparison.Ordinal))
            {
                foreach (var candidate in _candidates)
                {
                    var tried = url.Replace("{guid}", candidate.ToString(), StringComparison.Ordinal);
                    var response = await client.GetAsync(new Uri(Append(tried, $"tahun={_values["tahun"]}&tw=2"), UriKind.Relative));
                    if (response.StatusCode != HttpStatusCode.NotFound)
                    {
                        url = tried;
                        break;
                    }
                }
            }

            Assert.DoesNotContain("{guid}", url, StringComparison.Ordinal);
            url = url.Contains("Satker", StringComparison.Ordinal) || url.Contains("Monev", StringComparison.Ordinal) ? Append(url, $"tahun={_values["tahun"]}&tw=2") : url;
            return _routes[route] = url;
        }

        public string WithRandomSubject(string url) => _candidates.Aggregate(url, (u, c) => u.Replace(c.ToString(), Guid.NewGuid().ToString(), StringComparison.Ordinal));

        /// <summary>The revision the form would carry: of the report, the spending, or the page's subject.</summary>
        public async Task<string> RevisionAsync(Handler handler, string url, Dictionary<string, string> values)
        {
            await using var db = _database.Context();
            var subject = _candidates.FirstOrDefault(c => url.Contains(c.ToString(), StringComparison.Ordinal));
            int? revision = handler.Model.Name switch
            {
                "QuarterModel" => Guid.TryParse(values.GetValueOrDefault("planId"), out var planId)
                    ? await db.Reports.Where(r => r.PlanId == planId).Select(r => (int?)r.Revision).SingleOrDefaultAsync() ?? 0
                    : 0,
                "SpendingModel" => await db.BudgetRealisations.Where(r => r.WorkUnitId == subject).Select(r => (int?)r.Revision).FirstOrDefaultAsync() ?? 0,
                _ => await db.Plans.Where(p => p.Id == subject).Select(p => (int?)p.Revision).SingleOrDefaultAsync()
                    ?? await db.BudgetVersions.Where(b => b.Id == subject).Select(b => (int?)b.Revision).SingleOrDefaultAsync()
                    ?? await db.WorkUnits.Where(w => w.Id == subject).Select(w => (int?)w.Revision).SingleOrDefaultAsync(),
            };
            return (revision ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
