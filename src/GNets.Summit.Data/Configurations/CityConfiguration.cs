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
        builder.HasIndex(p => new { p.EventId, p.CityId, p.KindId }).IsUnique();
        builder.HasOne(p => p.Kind).WithMany(k => k.Participations).HasForeignKey(p => p.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Event).WithMany(e => e.Participations).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.City).WithMany(c => c.Participations).HasForeignKey(p => p.CityId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipationKindConfiguration : IEntityTypeConfiguration<ParticipationKind>
{
    public void Configure(EntityTypeBuilder<ParticipationKind> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(k => k.Slug).IsUnique();
        builder.Property(k => k.Slug).HasMaxLength(100);
        builder.Property(k => k.Name).HasMaxLength(100);
        builder.Property(k => k.Phrase).HasMaxLength(100);
    }
}
