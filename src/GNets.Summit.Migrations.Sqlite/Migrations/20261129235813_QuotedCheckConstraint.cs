using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GNets.Summit.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class QuotedCheckConstraint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_GalleryPhoto_OneOwner",
                table: "GalleryPhotos");

            migrationBuilder.AddCheckConstraint(
                name: "CK_GalleryPhoto_OneOwner",
                table: "GalleryPhotos",
                sql: "(\"EventId\" IS NULL) <> (\"ProgramItemId\" IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_GalleryPhoto_OneOwner",
                table: "GalleryPhotos");

            migrationBuilder.AddCheckConstraint(
                name: "CK_GalleryPhoto_OneOwner",
                table: "GalleryPhotos",
                sql: "(EventId IS NULL) <> (ProgramItemId IS NULL)");
        }
    }
}
