using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GNets.Summit.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class JapaneseEdition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "Themes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "Themes",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "NameJa",
                table: "Themes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GovernmentJa",
                table: "Representations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "Representations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "Representations",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "NoteJa",
                table: "Representations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "Representations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionMarkdownJa",
                table: "ProgramItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "ProgramItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "ProgramItems",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "NoteJa",
                table: "ProgramItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "ProgramItems",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "ProgramDays",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "ProgramDays",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "NoteJa",
                table: "ProgramDays",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "ProgramDays",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BioMarkdownJa",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HonorificJa",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "People",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "NameJa",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationJa",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhotoAltJa",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PositionJa",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyMarkdownJa",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "Pages",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "SummaryJa",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "Pages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AltTextJa",
                table: "Images",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CaptionJa",
                table: "Images",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreditJa",
                table: "Images",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HostJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ImageAltJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntroMarkdownJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "Events",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "ShortTitleJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SummaryJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ThemeJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TimeZoneNameJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VenueNameJa",
                table: "Events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "BodyMarkdownJa",
                table: "CommuniqueSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HeadingJa",
                table: "CommuniqueSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "CommuniqueSections",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "CommuniqueSections",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "Communiques",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "Communiques",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "SubtitleJa",
                table: "Communiques",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TitleJa",
                table: "Communiques",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CountryJa",
                table: "Cities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaSourceHashes",
                table: "Cities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "JaStatus",
                table: "Cities",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.AddColumn<string>(
                name: "NameJa",
                table: "Cities",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "Themes");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "Themes");

            migrationBuilder.DropColumn(
                name: "NameJa",
                table: "Themes");

            migrationBuilder.DropColumn(
                name: "GovernmentJa",
                table: "Representations");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "Representations");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "Representations");

            migrationBuilder.DropColumn(
                name: "NoteJa",
                table: "Representations");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "Representations");

            migrationBuilder.DropColumn(
                name: "DescriptionMarkdownJa",
                table: "ProgramItems");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "ProgramItems");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "ProgramItems");

            migrationBuilder.DropColumn(
                name: "NoteJa",
                table: "ProgramItems");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "ProgramItems");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "ProgramDays");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "ProgramDays");

            migrationBuilder.DropColumn(
                name: "NoteJa",
                table: "ProgramDays");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "ProgramDays");

            migrationBuilder.DropColumn(
                name: "BioMarkdownJa",
                table: "People");

            migrationBuilder.DropColumn(
                name: "HonorificJa",
                table: "People");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "People");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "People");

            migrationBuilder.DropColumn(
                name: "NameJa",
                table: "People");

            migrationBuilder.DropColumn(
                name: "OrganisationJa",
                table: "People");

            migrationBuilder.DropColumn(
                name: "PhotoAltJa",
                table: "People");

            migrationBuilder.DropColumn(
                name: "PositionJa",
                table: "People");

            migrationBuilder.DropColumn(
                name: "BodyMarkdownJa",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "SummaryJa",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "Pages");

            migrationBuilder.DropColumn(
                name: "AltTextJa",
                table: "Images");

            migrationBuilder.DropColumn(
                name: "CaptionJa",
                table: "Images");

            migrationBuilder.DropColumn(
                name: "CreditJa",
                table: "Images");

            migrationBuilder.DropColumn(
                name: "HostJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ImageAltJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "IntroMarkdownJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ShortTitleJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "SummaryJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "ThemeJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "TimeZoneNameJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "VenueNameJa",
                table: "Events");

            migrationBuilder.DropColumn(
                name: "BodyMarkdownJa",
                table: "CommuniqueSections");

            migrationBuilder.DropColumn(
                name: "HeadingJa",
                table: "CommuniqueSections");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "CommuniqueSections");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "CommuniqueSections");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "Communiques");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "Communiques");

            migrationBuilder.DropColumn(
                name: "SubtitleJa",
                table: "Communiques");

            migrationBuilder.DropColumn(
                name: "TitleJa",
                table: "Communiques");

            migrationBuilder.DropColumn(
                name: "CountryJa",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "JaSourceHashes",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "JaStatus",
                table: "Cities");

            migrationBuilder.DropColumn(
                name: "NameJa",
                table: "Cities");
        }
    }
}
