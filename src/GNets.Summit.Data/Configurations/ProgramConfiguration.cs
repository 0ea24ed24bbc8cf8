using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GNets.Summit.Web.Data.Configurations;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(t => new { t.EventId, t.Slug }).IsUnique();
        builder.HasOne(t => t.Event).WithMany(e => e.Themes).HasForeignKey(t => t.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgramDayConfiguration : IEntityTypeConfiguration<ProgramDay>
{
    public void Configure(EntityTypeBuilder<ProgramDay> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(d => new { d.EventId, d.Date }).IsUnique();
        builder.HasOne(d => d.Event).WithMany(e => e.Days).HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProgramItemConfiguration : IEntityTypeConfiguration<ProgramItem>
{
    public void Configure(EntityTypeBuilder<ProgramItem> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(i => new { i.EventId, i.Slug }).IsUnique();
        builder.Property(i => i.Slug).HasMaxLength(100);
        builder.Property(i => i.Kind).StoredAsText();
        // Deleting an event or a day takes its items with it (the admin asks first); the event link is
        // NoAction so SQLite does not see two cascade paths to the same row.
        builder.HasOne(i => i.Event).WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Day).WithMany(d => d.Items).HasForeignKey(i => i.DayId).OnDelete(DeleteBehavior.Cascade);
        // A theme in use cannot be deleted: the admin refuses and says which sessions use it.
        builder.HasOne(i => i.Theme).WithMany(t => t.Items).HasForeignKey(i => i.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgramItemPersonConfiguration : IEntityTypeConfiguration<ProgramItemPerson>
{
    public void Configure(EntityTypeBuilder<ProgramItemPerson> builder)
    {
        builder.HasIndex(p => new { p.ProgramItemId, p.PersonId, p.Role }).IsUnique();
        builder.Property(p => p.Role).StoredAsText();
        builder.Property(p => p.Appearance).StoredAsText();
        builder.HasOne(p => p.ProgramItem).WithMany(i => i.People).HasForeignKey(p => p.ProgramItemId).OnDelete(DeleteBehavior.Cascade);
        // A person who speaks or moderates cannot be deleted until removed from the program.
        builder.HasOne(p => p.Person).WithMany(p => p.Appearances).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgramItemCityConfiguration : IEntityTypeConfiguration<ProgramItemCity>
{
    public void Configure(EntityTypeBuilder<ProgramItemCity> builder)
    {
        builder.HasIndex(c => new { c.ProgramItemId, c.CityId }).IsUnique();
        builder.HasOne(c => c.ProgramItem).WithMany(i => i.Cities).HasForeignKey(c => c.ProgramItemId).OnDelete(DeleteBehavior.Cascade);
        // A city that joined a session cannot be deleted until removed from it.
        builder.HasOne(c => c.City).WithMany().HasForeignKey(c => c.CityId).OnDelete(DeleteBehavior.Restrict);
    }
}
