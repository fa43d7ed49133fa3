using System.Net;
using Kinerja.Browser.Tests.Harness;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Kinerja.Browser.Tests;

/// <summary>
/// People of issue 12 sign in through the sign-in page in a fresh browser and find what their roles give them: an operator its
/// own unit only, a verifier its province's regencies and cities.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountWalkTests(BrowserHarness harness)
{
    private const string OperatorEmail = "operator.serang@kinerja.test";
    private const string OperatorPassword = "rencana kerja kota serang tersusun rapi";
    private const string VerifierEmail = "verifikator.banten@kinerja.test";
    private const string VerifierPassword = "verifikasi capaian kabupaten dan kota banten";

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task An_operator_signs_in_lands_on_its_unit_changes_its_RAK_and_cannot_open_another_units(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        var serang = await DemoPlans.UnitAsync(app);
        var rak = await DemoPlans.MonthlyRakAsync(app);
        var lebakRak = await DemoPlans.PlanAsync(app, EntityKind.Secretariat, PlanKind.Rak, "KPU Kabupaten Lebak");
        await app.CreateUserAsync(OperatorEmail, OperatorPassword, [new RoleAssignment(Role.Operator, serang)]);
        await using var tab = await harness.OpenAsync(app, "/Akun/Masuk", anonymous: true);
        var page = tab.Page;

        await SignInAsync(page, OperatorEmail, OperatorPassword);
        await page.WaitForURLAsync($"**/Satker/{serang}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(DemoPlans.Unit);
        await Assertions.Expect(Menu(page)).ToContainTextAsync("operator.serang");
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Pengguna" })).ToHaveCountAsync(0);

        // The secretariat's RAK, opened from the unit page; one goal's text changed with Enter.
        await page.Locator("#entitas-secretariat").GetByRole(AriaRole.Link, new() { Name = "RAK", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**{DemoPlans.PlanPath(rak)}");
        await page.Locator("tr.row-goal").First.GetByRole(AriaRole.Button, new() { Name = "Ubah" }).ClickAsync();
        await page.Locator("tr.editing").GetByLabel("Rumusan sasaran").FillAsync("Sasaran yang diubah operator Kota Serang");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("tr.editing")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("tr.row-goal").First).ToContainTextAsync("Sasaran yang diubah operator Kota Serang");
        await using (var db = app.Database.Context())
        {
            var stored = await PlanQueries.Loaded(db).AsNoTracking().SingleAsync(p => p.Id == rak);
            Assert.Contains(stored.Goals, g => g.Statement == "Sasaran yang diubah operator Kota Serang");
        }

        // Lebak's RAK by its address: outside the operator's scope it does not exist for them.
        tab.ExpectRefusals(404);
        var answer = await page.GotoAsync(DemoPlans.PlanPath(lebakRak));
        Assert.Equal((int)HttpStatusCode.NotFound, answer!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Halaman tidak ditemukan");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("di luar lingkup satuan kerja Anda");
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Pengguna" })).ToHaveCountAsync(0);

        // The same address opens for the tester, who is admin nasional: the menu has "Pengguna" for them.
        await using var tester = await harness.OpenAsync(app, DemoPlans.PlanPath(lebakRak));
        await Assertions.Expect(Menu(tester.Page).GetByRole(AriaRole.Link, new() { Name = "Pengguna" })).ToHaveCountAsync(1);
        tab.AssertNoErrors();
        tester.AssertNoErrors();
    }

    [Theory]
    [MemberData(nameof(BrowserHarness.Providers), MemberType = typeof(BrowserHarness))]
    public async Task A_verifier_signs_in_and_lands_on_its_provinces_regencies_and_cities(string provider)
    {
        await using var app = await BrowserHarness.StartAppAsync(provider);
        var banten = await DemoPlans.ProvinceAsync(app);
        await app.CreateUserAsync(VerifierEmail, VerifierPassword, [new RoleAssignment(Role.Verifier, banten)]);
        await using var tab = await harness.OpenAsync(app, "/Akun/Masuk", anonymous: true);
        var page = tab.Page;

        await SignInAsync(page, VerifierEmail, VerifierPassword);
        await page.WaitForURLAsync($"**/Monev/Provinsi/{banten}");
        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("KPU Kota Serang");
        await Assertions.Expect(main).ToContainTextAsync("KPU Kabupaten Lebak");
        await Assertions.Expect(main).Not.ToContainTextAsync("KPU Kota Semarang");
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Monev provinsi" })).ToHaveCountAsync(1);
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Link, new() { Name = "Pengguna" })).ToHaveCountAsync(0);
        tab.AssertNoErrors();
    }

    /// <summary>The sign-in page as a person uses it: e-mail, password, the button.</summary>
    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await Assertions.Expect(page.GetByLabel("E-mail")).ToBeFocusedAsync();
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
    }

    /// <summary>The header, where the menu and the signed-in person's name are put per request.</summary>
    private static ILocator Menu(IPage page) => page.Locator("header.top");
}
