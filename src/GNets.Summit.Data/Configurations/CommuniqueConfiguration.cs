using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GNets.Summit.Web.Data.Configurations;

internal sealed class CommuniqueConfiguration : IEntityTypeConfiguration<Communique>
{
    public void Configure(EntityTypeBuilder<Communique> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(c => c.EventId).IsUnique();
        builder.HasOne(c => c.Event).WithOne(e => e.Communique).HasForeignKey<Communique>(c => c.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommuniqueSectionConfiguration : IEntityTypeConfiguration<CommuniqueSection>
{
    public void Configure(EntityTypeBuilder<CommuniqueSection> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(s => new { s.CommuniqueId, s.Slug }).IsUnique();
        builder.HasOne(s => s.Communique).WithMany(c => c.Sections).HasForeignKey(s => s.CommuniqueId).OnDelete(DeleteBehavior.Cascade);
    }
}
