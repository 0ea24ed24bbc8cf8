using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GNets.Summit.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class Issue10PhotosAndRepresentatives : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AltText",
                table: "Images",
                type: "TEXT",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Caption",
                table: "Images",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Credit",
                table: "Images",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "InLibrary",
                table: "Images",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "GalleryPhotos",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImageId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: true),
                    ProgramItemId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GalleryPhotos", x => x.Id);
                    table.CheckConstraint("CK_GalleryPhoto_OneOwner", "(EventId IS NULL) <> (ProgramItemId IS NULL)");
                    table.ForeignKey(
                        name: "FK_GalleryPhotos_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GalleryPhotos_Images_ImageId",
                        column: x => x.ImageId,
                        principalTable: "Images",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GalleryPhotos_ProgramItems_ProgramItemId",
                        column: x => x.ProgramItemId,
                        principalTable: "ProgramItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Representations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    CityId = table.Column<int>(type: "INTEGER", nullable: false),
                    PersonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Government = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    StaffEditedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Representations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Representations_Cities_CityId",
                        column: x => x.CityId,
                        principalTable: "Cities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Representations_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Representations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Images_InLibrary",
                table: "Images",
                column: "InLibrary");

            migrationBuilder.CreateIndex(
                name: "IX_GalleryPhotos_EventId_SortOrder",
                table: "GalleryPhotos",
                columns: new[] { "EventId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_GalleryPhotos_ImageId",
                table: "GalleryPhotos",
                column: "ImageId");

            migrationBuilder.CreateIndex(
                name: "IX_GalleryPhotos_ProgramItemId_SortOrder",
                table: "GalleryPhotos",
                columns: new[] { "ProgramItemId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Representations_CityId",
                table: "Representations",
                column: "CityId");

            migrationBuilder.CreateIndex(
                name: "IX_Representations_EventId_CityId_PersonId",
                table: "Representations",
                columns: new[] { "EventId", "CityId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Representations_PersonId",
                table: "Representations",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GalleryPhotos");

            migrationBuilder.DropTable(
                name: "Representations");

            migrationBuilder.DropIndex(
                name: "IX_Images_InLibrary",
                table: "Images");

            migrationBuilder.DropColumn(
                name: "AltText",
                table: "Images");

            migrationBuilder.DropColumn(
                name: "Caption",
                table: "Images");

            migrationBuilder.DropColumn(
                name: "Credit",
                table: "Images");

            migrationBuilder.DropColumn(
                name: "InLibrary",
                table: "Images");
        }
    }
}
