using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GNets.Summit.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class NetworkRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The ways of taking part become data: the three of 2023 first, so existing rows keep theirs.
            migrationBuilder.CreateTable(
                name: "ParticipationKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameJa = table.Column<string>(type: "TEXT", nullable: true),
                    Phrase = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PhraseJa = table.Column<string>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffEditedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JaStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JaSourceHashes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationKinds", x => x.Id);
                });

            migrationBuilder.Sql("""
                INSERT INTO "ParticipationKinds" ("Slug", "Name", "NameJa", "Phrase", "PhraseJa", "SortOrder", "UpdatedAtUtc", "Version", "JaStatus")
                VALUES ('venue', 'At the venue', '会場参加', 'at the venue', '会場で参加', 0, '2026-11-29 00:00:00', 1, 'Draft'),
                       ('online', 'Online', 'オンライン参加', 'online', 'オンラインで参加', 1, '2026-11-29 00:00:00', 1, 'Draft'),
                       ('video-message', 'Video message', 'ビデオメッセージ', 'by video message', 'ビデオメッセージで参加', 2, '2026-11-29 00:00:00', 1, 'Draft');
                """);

            migrationBuilder.AddColumn<int>(
                name: "KindId",
                table: "Participations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.Sql("""
                UPDATE "Participations" SET "KindId" = (SELECT "Id" FROM "ParticipationKinds" WHERE "Slug" =
                    CASE "Mode" WHEN 'Venue' THEN 'venue' WHEN 'Online' THEN 'online' ELSE 'video-message' END);
                """);

            migrationBuilder.DropIndex(
                name: "IX_Participations_EventId_CityId_Mode",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "Mode",
                table: "Participations");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Events",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "LeadersSummit");

            migrationBuilder.AddColumn<string>(
                name: "ParticipationNote",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ParticipationNoteJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReportedCityCount",
                table: "Events",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "NewsPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TitleJa = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    SummaryJa = table.Column<string>(type: "TEXT", nullable: true),
                    BodyMarkdown = table.Column<string>(type: "TEXT", nullable: false),
                    BodyMarkdownJa = table.Column<string>(type: "TEXT", nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: true),
                    ImageAlt = table.Column<string>(type: "TEXT", nullable: true),
                    ImageAltJa = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffEditedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JaStatus = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    JaSourceHashes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NewsPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NewsPosts_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_NewsPosts_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });


            migrationBuilder.CreateIndex(
                name: "IX_Participations_EventId_CityId_KindId",
                table: "Participations",
                columns: new[] { "EventId", "CityId", "KindId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Participations_KindId",
                table: "Participations",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_EventId",
                table: "NewsPosts",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_ImageId",
                table: "NewsPosts",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_PublishedOn",
                table: "NewsPosts",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_NewsPosts_Slug",
                table: "NewsPosts",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationKinds_Slug",
                table: "ParticipationKinds",
                column: "Slug",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Participations_ParticipationKinds_KindId",
                table: "Participations",
                column: "KindId",
                principalTable: "ParticipationKinds",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Participations_ParticipationKinds_KindId",
                table: "Participations");

            migrationBuilder.DropTable(
                name: "NewsPosts");

            migrationBuilder.DropTable(
                name: "ParticipationKinds");

            migrationBuilder.DropIndex(
                name: "IX_Participations_EventId_CityId_KindId",
                table: "Participations");

            migrationBuilder.DropIndex(
                name: "IX_Participations_KindId",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "KindId",
                table: "Participations");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ParticipationNote",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ParticipationNoteJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ReportedCityCount",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "Events");

            migrationBuilder.AddColumn<string>(
                name: "Mode",
                table: "Participations",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Participations_EventId_CityId_Mode",
                table: "Participations",
                columns: new[] { "EventId", "CityId", "Mode" },
                unique: true);
        }
    }
}
