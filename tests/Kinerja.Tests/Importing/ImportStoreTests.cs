using Kinerja.Cli;
using Kinerja.Documents.Tests;
using Kinerja.Documents.Import;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Importing;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Importing;

/// <summary>Importing stores a document whole or not at all, once, into the right work unit, on each provider.</summary>
public sealed class ImportStoreTests
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_already_imported_message_dates_the_first_import_in_the_units_local_time(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        // 17.30 UTC on 1 March is 00.30 WIB on 2 March at KPU Provinsi Banten: the office imported it on the 2nd.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 17, 30, 0, TimeSpan.Zero));
        await using var db = database.Context();
        Assert.Equal(StoreOutcome.Stored, (await new ImportStore(db, clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("002")))).Outcome);

        var second = await new ImportStore(db, clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("002")));

        Assert.Equal(StoreOutcome.AlreadyImported, second.Outcome);
        Assert.Contains("diimpor 2 Maret 2026 dari", second.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_seed_is_stored_as_the_document_says_and_a_second_import_says_it_is_already_there(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var document = DocumentImporter.ImportFile(Seeds.Path("002"));

        await using (var db = database.Context())
        {
            var first = await new ImportStore(db, Clock).StoreAsync(document);
            Assert.Equal(StoreOutcome.Stored, first.Outcome);
            var second = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("002")));
            Assert.Equal(StoreOutcome.AlreadyImported, second.Outcome);
            Assert.StartsWith("Sudah ada", second.Message, StringComparison.Ordinal);
        }

        await using var read = database.Context();
        var plan = await PlanQueries.Loaded(read).AsNoTracking().SingleAsync();
        var unit = await read.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == plan.WorkUnitId);
        Assert.Equal(("KPU Provinsi Banten", WorkUnitLevel.Province), (unit.Name, unit.Level));
        Assert.Equal((PlanKind.Rak, EntityKind.Secretariat, 2021), (plan.Kind, plan.Entity, plan.Year.Value));
        Assert.Equal((29, 68), (plan.Goals.Count, plan.Actions.Count()));
        Assert.Equal(Rupiah.Parse("3.051.446.000"), plan.BudgetCeilingTotal);
        Assert.Equal("ANNISA ROSPA.P", plan.Signature!.Name);
        Assert.Contains(plan.Actions.SelectMany(a => a.Schedule), e => e.Value == "36 Pegawai");
        Assert.Contains(unit.OrganisationalUnits, u => u.Name == "Subbag SDM" && u.Entity == EntityKind.Secretariat);
        Assert.Equal(1, await read.ImportRecords.CountAsync());
        Assert.Equal(1, await read.Plans.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task All_five_seeds_are_stored_with_their_plans_and_budgets(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Context())
        {
            foreach (var (seed, province) in new[] { ("000", "Jawa Tengah"), ("001", null), ("002", null), ("003", "Jawa Timur"), ("004", "Kalimantan Barat") })
            {
                var result = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path(seed)), province);
                Assert.True(result.Outcome == StoreOutcome.Stored, $"{seed}: {result.Message}");
            }
        }

        await using var read = database.Context();
        var plans = await PlanQueries.Loaded(read).AsNoTracking().ToListAsync();
        var units = await read.WorkUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name);
        Assert.Equal(
            ["KPU Kota Pontianak RKT Commission 4", "KPU Kota Pontianak RKT Secretariat 25", "KPU Kota Probolinggo RAK Commission 5", "KPU Kota Probolinggo RAK Secretariat 7",
             "KPU Kota Semarang RAK Commission 2", "KPU Kota Semarang RAK Secretariat 21", "KPU Provinsi Banten RAK Secretariat 29"],
            plans.Select(p => $"{units[p.WorkUnitId]} {p.Kind.ToString().ToUpperInvariant()} {p.Entity} {p.Goals.Count}").Order(StringComparer.Ordinal));

        var serang = await read.WorkUnits.AsNoTracking().SingleAsync(u => u.SatkerCode == "670714");
        Assert.Equal(("KPU Kota Serang", "(29) BANTEN"), (serang.Name, serang.Province.ToString()));
        Assert.Equal("KPU Provinsi Banten", units[serang.ParentId!.Value]);
        var rka = await read.BudgetVersions.AsNoTracking().Include(b => b.Lines).SingleAsync(b => b.WorkUnitId == serang.Id);
        Assert.Equal(Rupiah.Parse("3.076.120.000"), Rupiah.Sum(rka.Outputs.Select(o => rka.AmountsOf(o).Total)));
        Assert.Equal("HAYAUDIN", rka.Signature!.Name);
        Assert.Contains(Kinerja.Domain.Budgeting.BudgetChecks.Run(rka), f => f.Code == Kinerja.Domain.Budgeting.BudgetChecks.JumlahMismatch);

        var probolinggo = units.Single(u => u.Value == "KPU Kota Probolinggo").Key;
        var versions = await read.BudgetVersions.AsNoTracking().Include(b => b.Lines).Where(b => b.WorkUnitId == probolinggo).OrderBy(b => b.Number).ToListAsync();
        Assert.Equal([Rupiah.Parse("3.178.163.000"), Rupiah.Parse("4.451.669.000")], versions.Select(v => v.StatedCeiling!.Value));
        Assert.Equal("SP DIPA 076.01.2.658021/2022", versions[0].DipaNumber);
        Assert.Contains(Kinerja.Domain.Budgeting.BudgetChecks.Run(versions[1]), f => f.Code == Kinerja.Domain.Budgeting.BudgetChecks.CeilingMismatch);
        Assert.Equal(5, await read.ImportRecords.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_whose_province_is_unknown_is_refused_until_the_province_is_named(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();

        var refused = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("000")));
        Assert.Equal(StoreOutcome.Refused, refused.Outcome);
        Assert.True(refused.ProvinceNeeded);
        Assert.Contains("pilih provinsinya", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Plans.CountAsync());
        Assert.Equal(0, await db.WorkUnits.CountAsync());

        var stored = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("000")), "Jawa Tengah");
        Assert.Equal(StoreOutcome.Stored, stored.Outcome);
        var units = await db.WorkUnits.AsNoTracking().ToListAsync();
        Assert.Equal(["KPU RI", "KPU Provinsi Jawa Tengah", "KPU Kota Semarang"], units.OrderBy(u => u.Level).Select(u => u.Name));
        Assert.Equal("Semarang", units.Single(u => u.Level == WorkUnitLevel.RegencyCity).SignatureCity);
        Assert.Equal([ScheduleStyle.Quarterly, ScheduleStyle.Monthly], await db.Plans.OrderBy(p => p.Entity).Select(p => p.ScheduleStyle).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_mistyped_province_is_refused_and_creates_no_province(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();

        var refused = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("000")), "Jawa Tengha");
        var stored = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("004")), "PROVINSI KALIMANTAN BARAT");

        Assert.Equal(StoreOutcome.Refused, refused.Outcome);
        Assert.True(refused.ProvinceNeeded);
        Assert.Contains("\"Jawa Tengha\" bukan nama provinsi yang dikenal", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StoreOutcome.Stored, stored.Outcome);
        Assert.Equal(["KPU Provinsi Kalimantan Barat"], await db.WorkUnits.Where(u => u.Level == WorkUnitLevel.Province).Select(u => u.Name).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_printed_with_an_abbreviation_is_the_registered_one_and_the_assumption_is_reported(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var text = new System.Text.RegularExpressions.Regex("Subbag Hukum\n").Replace(File.ReadAllText(Seeds.Path("002")), "SUBBAG SUMBER DAYA MANUSIA, HUKUM\n", 1)
            .Replace("Subbag SDM", "Subbag Hukum dan SDM", StringComparison.Ordinal)
            .Replace("Subbag Hukum\n", "Sub Bagian Hukum & Sumber Daya Manusia\n", StringComparison.Ordinal);
        var document = DocumentImporter.Import(SourceText.FromText("rak.txt", text));
        await using var db = database.Context();

        var result = await new ImportStore(db, Clock).StoreAsync(document);

        Assert.Equal(StoreOutcome.Stored, result.Outcome);
        var unit = await db.WorkUnits.AsNoTracking().SingleAsync(u => u.Name == "KPU Provinsi Banten");
        var names = unit.OrganisationalUnits.Select(u => u.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Subbag Hukum dan SDM", "Subbag Keuangan", "Subbag Logistik", "Subbag Program dan Data", "Subbag Teknis dan Hupmas", "Subbag Umum dan Logistik"], names);
        var assumed = document.Findings.Where(f => f.Code == "ORG_UNIT_ASSUMED_SAME").Select(f => f.Message).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["Unit \"SUBBAG SUMBER DAYA MANUSIA, HUKUM\" dianggap sama dengan unit \"Subbag Hukum dan SDM\" (Sekretariat KPU Provinsi Banten).",
             "Unit \"Sub Bagian Hukum & Sumber Daya Manusia\" dianggap sama dengan unit \"Subbag Hukum dan SDM\" (Sekretariat KPU Provinsi Banten)."],
            assumed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_rka_whose_satker_code_and_name_disagree_is_refused_until_the_user_chooses(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var setup = database.Context())
        {
            var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
            var banten = WorkUnit.CreateProvince("KPU Provinsi Banten", nation, Region.Parse("(29) BANTEN"), "Serang");
            var cilegon = WorkUnit.CreateRegencyCity("KPU Kota Cilegon", banten, Region.Parse("(72) KOTA CILEGON"), "Cilegon");
            cilegon.AssignSatkerCode("670714");
            setup.WorkUnits.AddRange(nation, banten, cilegon);
            await setup.SaveChangesAsync();
        }

        await using var db = database.Context();
        var refused = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("001")));
        Assert.Equal(StoreOutcome.Refused, refused.Outcome);
        Assert.True(refused.UnitConflict);
        Assert.Contains("kode satker 670714 milik KPU Kota Cilegon", refused.Message, StringComparison.Ordinal);
        Assert.Contains("menyebut KPU Kota Serang", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.BudgetVersions.CountAsync());
        Assert.Equal(3, await db.WorkUnits.CountAsync());

        var byName = await new ImportStore(db, Clock) { UnitChoices = Choice("001", "KPU Kota Serang") }.StoreAsync(DocumentImporter.ImportFile(Seeds.Path("001")));

        Assert.Equal(StoreOutcome.Stored, byName.Outcome);
        var serang = await db.WorkUnits.AsNoTracking().SingleAsync(u => u.Name == "KPU Kota Serang");
        Assert.Null(serang.SatkerCode);
        Assert.Equal(serang.Id, (await db.BudgetVersions.AsNoTracking().SingleAsync()).WorkUnitId);
        Assert.Equal("670714", (await db.WorkUnits.AsNoTracking().SingleAsync(u => u.Name == "KPU Kota Cilegon")).SatkerCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_rka_whose_location_says_another_unit_goes_to_the_code_s_unit_only_when_chosen(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        Guid serangId;
        await using (var setup = database.Context())
        {
            var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
            var banten = WorkUnit.CreateProvince("KPU Provinsi Banten", nation, Region.Parse("(29) BANTEN"), "Serang");
            var serang = WorkUnit.CreateRegencyCity("KPU Kota Serang", banten, Region.Parse("(53) KOTA SERANG"), "Serang");
            serang.AssignSatkerCode("670714");
            setup.WorkUnits.AddRange(nation, banten, serang);
            await setup.SaveChangesAsync();
            serangId = serang.Id;
        }

        var text = File.ReadAllText(Seeds.Path("001")).Replace("LOKASI : (53) KOTA SERANG", "LOKASI : (72) KOTA CILEGON", StringComparison.Ordinal);
        await using var db = database.Context();
        var refused = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.Import(SourceText.FromText("rka.txt", text)));
        var chosen = await new ImportStore(db, Clock) { UnitChoices = new Dictionary<string, string> { [DocumentImporter.Import(SourceText.FromText("rka.txt", text)).ContentHash] = "670714" } }
            .StoreAsync(DocumentImporter.Import(SourceText.FromText("rka.txt", text)));

        Assert.True(refused.UnitConflict, refused.Message);
        Assert.Contains("lokasi ((72) KOTA CILEGON)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StoreOutcome.Stored, chosen.Outcome);
        Assert.Equal(serangId, (await db.BudgetVersions.AsNoTracking().SingleAsync()).WorkUnitId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_overridable_error_blocks_until_accepted_and_a_fixable_one_always_blocks(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var document = DocumentImporter.Import(SourceText.FromText("rak.txt", WithoutFirstIndicator()));
        var broken = DocumentImporter.Import(SourceText.FromText("rusak.txt", File.ReadAllText(Seeds.Path("002")).Replace("Operasional Kantor", new string('x', 5000), StringComparison.Ordinal)));
        await using var db = database.Context();

        var refused = await new ImportStore(db, Clock).StoreAsync(document);
        var accepted = await new ImportStore(db, Clock) { Accepted = Accept(document, "ACTION_WITHOUT_INDICATOR") }.StoreAsync(document);
        var stillBroken = await new ImportStore(db, Clock) { Accepted = Accept(broken, "MODEL_REFUSED") }.StoreAsync(broken);

        Assert.Equal(ErrorRemedy.Override, document.Findings.Single(f => f.Code == "ACTION_WITHOUT_INDICATOR").Remedy);
        Assert.Equal(StoreOutcome.Refused, refused.Outcome);
        Assert.Contains("dapat diabaikan bila Anda menyetujuinya", refused.Message, StringComparison.Ordinal);
        Assert.Equal(StoreOutcome.Stored, accepted.Outcome);
        Assert.Equal(68, (await PlanQueries.Loaded(db).AsNoTracking().SingleAsync()).Actions.Count());
        Assert.Equal(StoreOutcome.Refused, stillBroken.Outcome);
        Assert.Contains("harus diperbaiki", stillBroken.Message, StringComparison.Ordinal);
    }

    /// <summary>Seed 002 with the first goal's indicator and target cells empty: its actions have no indicator to sit under.</summary>
    internal static string WithoutFirstIndicator()
    {
        var lines = File.ReadAllLines(Seeds.Path("002"));
        var cells = lines[9].Split('\t');
        (cells[2], cells[3]) = (string.Empty, string.Empty);
        lines[9] = string.Join('\t', cells);
        return string.Join('\n', lines);
    }

    private static Dictionary<string, IReadOnlySet<string>> Accept(ImportedDocument document, string code) =>
        new() { [document.ContentHash] = new HashSet<string> { code } };

    private static Dictionary<string, string> Choice(string seed, string unit) =>
        new() { [DocumentImporter.ImportFile(Seeds.Path(seed)).ContentHash] = unit };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_document_with_a_reading_error_stores_nothing(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var text = File.ReadAllText(Seeds.Path("002")).Replace("Operasional Kantor", new string('x', 5000), StringComparison.Ordinal);
        var document = DocumentImporter.Import(SourceText.FromText("rusak.txt", text));
        await using var db = database.Context();

        var result = await new ImportStore(db, Clock).StoreAsync(document);

        Assert.Equal(StoreOutcome.Refused, result.Outcome);
        Assert.Contains("MODEL_REFUSED", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, await db.Plans.CountAsync());
        Assert.Equal(0, await db.WorkUnits.CountAsync());
        Assert.Equal(0, await db.ImportRecords.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_that_already_exists_from_another_document_is_not_overwritten(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        Assert.Equal(StoreOutcome.Stored, (await new ImportStore(db, Clock).StoreAsync(DocumentImporter.ImportFile(Seeds.Path("004")), "Kalimantan Barat")).Outcome);
        var edited = File.ReadAllText(Seeds.Path("004")).Replace("DENI NULIADI", "NAMA LAIN", StringComparison.Ordinal);

        var result = await new ImportStore(db, Clock).StoreAsync(DocumentImporter.Import(SourceText.FromText("rkt-lagi.txt", edited)));

        Assert.Equal(StoreOutcome.Refused, result.Outcome);
        Assert.Contains("sudah ada", result.Message, StringComparison.Ordinal);
        Assert.Equal(2, await db.Plans.CountAsync());
        Assert.Equal("DENI NULIADI", (await db.Plans.AsNoTracking().SingleAsync(p => p.Entity == EntityKind.Commission)).Signature!.Name);
    }

    [Fact]
    public async Task The_import_verb_prints_json_and_a_summary_for_a_folder()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");
        var folder = Directory.CreateTempSubdirectory("kinerja-import-").FullName;
        try
        {
            foreach (var seed in new[] { "002", "004" })
            {
                File.Copy(Seeds.Path(seed), Path.Combine(folder, seed + ".txt"));
            }

            using var json = new StringWriter();
            var dry = await Verbs.RunAsync("import", [folder, "--dry-run", "--json"], database.Settings, Clock, json);
            using var table = new StringWriter();
            var stored = await Verbs.RunAsync("import", [folder, "--province", "Kalimantan Barat"], database.Settings, Clock, table);

            Assert.Equal(0, dry);
            using var parsed = System.Text.Json.JsonDocument.Parse(json.ToString());
            var first = parsed.RootElement[0];
            Assert.Equal("RAK", first.GetProperty("kind").GetString());
            Assert.Equal(2021, first.GetProperty("year").GetInt32());
            Assert.Equal("KPU Provinsi Banten", first.GetProperty("workUnit").GetProperty("name").GetString());
            var plan = first.GetProperty("plans")[0];
            Assert.Equal(("secretariat", "quarterly", 29, 68, 3_051_446_000L), (plan.GetProperty("entity").GetString(), plan.GetProperty("schedule").GetString(), plan.GetProperty("goals").GetInt32(), plan.GetProperty("actions").GetInt32(), plan.GetProperty("budgetCeilingTotal").GetInt64()));
            Assert.Equal("2021-01-28", plan.GetProperty("signatory").GetProperty("date").GetString());
            Assert.Equal("197107031999032007", plan.GetProperty("signatory").GetProperty("nip").GetString());
            Assert.Equal(0, first.GetProperty("lines").GetProperty("unaccounted").GetInt32());
            Assert.Contains(first.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "TABLE_ROW_SHORT" && f.GetProperty("line").GetInt32() == 23);

            Assert.Equal(0, stored);
            Assert.Contains("[1/2]", table.ToString(), StringComparison.Ordinal);
            Assert.Contains("2 dokumen, 2 tanpa kesalahan.", table.ToString(), StringComparison.Ordinal);
            await using var db = database.Context();
            Assert.Equal(3, await db.Plans.CountAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
