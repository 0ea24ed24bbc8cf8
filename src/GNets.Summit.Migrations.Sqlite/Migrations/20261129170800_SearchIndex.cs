using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GNets.Summit.Web.Data.Migrations
{
    /// <summary>
    /// The full-text index behind /search. An FTS5 virtual table is outside EF's model (raw SQL reads and
    /// fills it: Features/Search/SearchIndex.cs), so this migration has no model snapshot change.
    /// The trigram tokenizer matches any run of three characters: Japanese words (no spaces between
    /// them) as well as English prefixes and parts of words ("Helsin"); shorter queries use LIKE.
    /// </summary>
    [DbContext(typeof(SummitDbContext))]
    [Migration("20261129170800_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE VIRTUAL TABLE search_index USING fts5(kind UNINDEXED, url UNINDEXED, title, body, tokenize='trigram');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_index;");
        }
    }
}
