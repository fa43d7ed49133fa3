using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinerja.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Monitoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BudgetRealisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetRealisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetRealisations_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodStyle = table.Column<int>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceReports_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerformanceReports_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetRealisationMonths",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    BudgetRealisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Planned = table.Column<long>(type: "INTEGER", nullable: false),
                    Realised = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetRealisationMonths", x => new { x.BudgetRealisationId, x.Code, x.Month });
                    table.ForeignKey(
                        name: "FK_BudgetRealisationMonths_BudgetRealisations_BudgetRealisationId",
                        column: x => x.BudgetRealisationId,
                        principalTable: "BudgetRealisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionProgress",
                columns: table => new
                {
                    ActionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionProgress", x => new { x.ReportId, x.ActionId, x.Period });
                    table.ForeignKey(
                        name: "FK_ActionProgress_PerformanceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "PerformanceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", maxLength: 5242880, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Evidence_PerformanceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "PerformanceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorRealisations",
                columns: table => new
                {
                    IndicatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Aggregation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorRealisations", x => new { x.ReportId, x.IndicatorId, x.Period });
                    table.ForeignKey(
                        name: "FK_IndicatorRealisations_PerformanceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "PerformanceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BudgetRealisations_WorkUnitId_Year",
                table: "BudgetRealisations",
                columns: new[] { "WorkUnitId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Evidence_ReportId_IndicatorId_Period",
                table: "Evidence",
                columns: new[] { "ReportId", "IndicatorId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceReports_PlanId",
                table: "PerformanceReports",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceReports_WorkUnitId_Year",
                table: "PerformanceReports",
                columns: new[] { "WorkUnitId", "Year" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionProgress");

            migrationBuilder.DropTable(
                name: "BudgetRealisationMonths");

            migrationBuilder.DropTable(
                name: "Evidence");

            migrationBuilder.DropTable(
                name: "IndicatorRealisations");

            migrationBuilder.DropTable(
                name: "BudgetRealisations");

            migrationBuilder.DropTable(
                name: "PerformanceReports");
        }
    }
}
