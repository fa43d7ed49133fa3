using Kinerja.Access;
using Kinerja.Accounts;
using Kinerja.Cli;
using Kinerja.Data;
using Kinerja.Importing;

if (args.Length > 0 && Verbs.IsVerb(args[0]))
{
    var cliBuilder = WebApplication.CreateBuilder(args[1..]);
    var cliSettings = DatabaseSettings.From(cliBuilder.Configuration, cliBuilder.Environment.ContentRootPath);
    return await Verbs.RunAsync(args[0], args[1..], cliSettings, TimeProvider.System, Console.Out, Console.In, cliBuilder.Configuration);
}

var builder = WebApplication.CreateBuilder(args);
var settings = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddKinerjaDatabase(settings);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPendingUploads(builder.Configuration, builder.Environment.ContentRootPath);
var limits = RequestLimits.From(builder.Configuration);
builder.Services.AddSingleton(limits);
limits.AddRateLimits(builder.Services);
// Every request body is small unless its page says otherwise ([RequestSizeLimit]); RequestLimits.FormGuard raises it there.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limits.FormBytes);
builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));

// Who is signed in decides the scope of every query and save (Accounts/, Access/EndpointAccess).
builder.Services.AddKinerjaAccounts();
// Forms carry no antiforgery token: CrossOriginGuard refuses cross-site writes instead, so pages can be cached.
builder.Services.AddRazorPages(options =>
{
    options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute());
    options.Conventions.ConfigureFilter(new Kinerja.Pages.UnknownHandler());
    options.Conventions.ConfigureFilter(new AccessFilter());
});
builder.Services.AddSingleton<Kinerja.Documents.PdfPrinter>();
builder.Services.AddMemoryCache();
builder.Services.AddOutputCache(options =>
{
    options.AddPolicy(Kinerja.Planning.PlanEditorCache.PolicyName, new Kinerja.Planning.PlanEditorCache());
    options.AddPolicy(Kinerja.Monitoring.QuarterPageCache.PolicyName, new Kinerja.Monitoring.QuarterPageCache());
    options.AddPolicy(Kinerja.Monitoring.LkjTableCache.PolicyName, new Kinerja.Monitoring.LkjTableCache());
    options.AddPolicy(Kinerja.Monitoring.RollUpCache.PolicyName, new Kinerja.Monitoring.RollUpCache());
    options.AddPolicy(Kinerja.Monitoring.MonitoringReportCache.PolicyName, new Kinerja.Monitoring.MonitoringReportCache());
});

var app = builder.Build();

await DatabaseSetup.PrepareAsync(settings, builder.Configuration.GetValue("DemoData", true), app.Logger, app.Services.GetRequiredService<TimeProvider>());

// Host filtering (AllowedHosts) runs before all of this: a request for another name never gets here.
app.UseMiddleware<SecurityHeaders>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}

// An empty 404 (an unknown plan, a unit outside the user's scope) gets the Indonesian page; htmx fragments and files keep theirs.
app.UseStatusCodePagesWithReExecute("/Error", "?kode={0}");

app.UseStaticFiles();
app.UseMiddleware<CrossOriginGuard>();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseMiddleware<RequestLimits.FormGuard>();
app.UseMiddleware<PersonalHeader>();
app.UseOutputCache();
app.MapRazorPages();
await app.RunAsync();
return 0;

/// <summary>The entry point, named so that the tests' WebApplicationFactory can find it.</summary>
public partial class Program;
