using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GNets.Summit.Web.Data.Configurations;

internal sealed class CityConfiguration : IEntityTypeConfiguration<City>
{
    public void Configure(EntityTypeBuilder<City> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.CountryCode).HasMaxLength(2);
        builder.Property(c => c.Continent).StoredAsText();
        builder.Property(c => c.Kind).StoredAsText();
    }
}

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> builder)
    {
        builder.HasIndex(p => new { p.EventId, p.CityId, p.Mode }).IsUnique();
        builder.Property(p => p.Mode).StoredAsText();
        builder.HasOne(p => p.Event).WithMany(e => e.Participations).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.City).WithMany(c => c.Participations).HasForeignKey(p => p.CityId).OnDelete(DeleteBehavior.Cascade);
    }
}
