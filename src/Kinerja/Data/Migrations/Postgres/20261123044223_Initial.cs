using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kinerja.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "WorkUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    SatkerCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Province = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: true),
                    Location = table.Column<string>(type: "character varying(220)", maxLength: 220, nullable: true),
                    SignatureCity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Letterhead_Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Letterhead_Phone = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Letterhead_Fax = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Letterhead_Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Letterhead_Website = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkUnits_WorkUnits_ParentId",
                        column: x => x.ParentId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AccountabilityEntities",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(250)", maxLength: 250, nullable: false),
                    HeadPosition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HeadOfficialId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountabilityEntities", x => new { x.WorkUnitId, x.Kind });
                    table.ForeignKey(
                        name: "FK_AccountabilityEntities_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DipaNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DipaDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StatedCeiling = table.Column<long>(type: "bigint", nullable: true),
                    PreviousVersionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Signature_Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Signature_Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Signature_Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Signature_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Signature_Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Signature_Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetVersions_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Plans = table.Column<int>(type: "integer", nullable: false),
                    BudgetVersions = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRecords_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Officials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    WorkUnitId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officials", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Officials_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationalUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Entity = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationalUnits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationalUnits_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    Entity = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ScheduleStyle = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Signature_Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Signature_Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Signature_Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Signature_Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Signature_Nip = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Signature_Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Plans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Plans_WorkUnits_WorkUnitId",
                        column: x => x.WorkUnitId,
                        principalTable: "WorkUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BudgetLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Volume = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    Baseline = table.Column<long>(type: "bigint", nullable: true),
                    NewInitiative = table.Column<long>(type: "bigint", nullable: true),
                    StatedTotal = table.Column<long>(type: "bigint", nullable: true),
                    BudgetVersionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BudgetLines_BudgetVersions_BudgetVersionId",
                        column: x => x.BudgetVersionId,
                        principalTable: "BudgetVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Statement = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    BudgetCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "Plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BudgetStatements",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BudgetStatements", x => new { x.BudgetLineId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_BudgetStatements_BudgetLines_BudgetLineId",
                        column: x => x.BudgetLineId,
                        principalTable: "BudgetLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Target = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Direction = table.Column<int>(type: "integer", nullable: false),
                    GoalId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Actions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Target = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ResponsibleUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    BudgetCeiling = table.Column<long>(type: "bigint", nullable: true),
                    BudgetOutput = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Actions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Actions_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionSchedule",
                columns: table => new
                {
                    Period = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionSchedule", x => new { x.ActionId, x.Period });
                    table.ForeignKey(
                        name: "FK_ActionSchedule_Actions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "Actions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Actions_IndicatorId",
                table: "Actions",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_BudgetLines_BudgetVersionId_Code",
                table: "BudgetLines",
                columns: new[] { "BudgetVersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BudgetVersions_WorkUnitId_Year_Number",
                table: "BudgetVersions",
                columns: new[] { "WorkUnitId", "Year", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PlanId",
                table: "Goals",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRecords_ContentHash",
                table: "ImportRecords",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportRecords_WorkUnitId",
                table: "ImportRecords",
                column: "WorkUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_GoalId",
                table: "Indicators",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_Officials_WorkUnitId",
                table: "Officials",
                column: "WorkUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationalUnits_WorkUnitId",
                table: "OrganisationalUnits",
                column: "WorkUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_WorkUnitId_Year_Entity_Kind",
                table: "Plans",
                columns: new[] { "WorkUnitId", "Year", "Entity", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Year",
                table: "Plans",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_WorkUnits_ParentId",
                table: "WorkUnits",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkUnits_SatkerCode",
                table: "WorkUnits",
                column: "SatkerCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccountabilityEntities");

            migrationBuilder.DropTable(
                name: "ActionSchedule");

            migrationBuilder.DropTable(
                name: "BudgetStatements");

            migrationBuilder.DropTable(
                name: "ImportRecords");

            migrationBuilder.DropTable(
                name: "Officials");

            migrationBuilder.DropTable(
                name: "OrganisationalUnits");

            migrationBuilder.DropTable(
                name: "Actions");

            migrationBuilder.DropTable(
                name: "BudgetLines");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "BudgetVersions");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "Plans");

            migrationBuilder.DropTable(
                name: "WorkUnits");
        }
    }
}
