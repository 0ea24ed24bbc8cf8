using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GNets.Summit.Web.Data.Configurations;

internal sealed class PageConfiguration : IEntityTypeConfiguration<Page>
{
    public void Configure(EntityTypeBuilder<Page> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(100);
    }
}

internal sealed class MediaImageConfiguration : IEntityTypeConfiguration<MediaImage>
{
    public void Configure(EntityTypeBuilder<MediaImage> builder)
    {
        builder.HasIndex(i => i.Key).IsUnique();
        builder.Property(i => i.Key).HasMaxLength(32);
        builder.Property(i => i.AltText).HasMaxLength(MediaText.MaxAlt);
        builder.Property(i => i.Caption).HasMaxLength(MediaText.MaxCaption);
        builder.Property(i => i.Credit).HasMaxLength(MediaText.MaxCredit);
        builder.HasIndex(i => i.InLibrary);
    }
}

internal sealed class GalleryPhotoConfiguration : IEntityTypeConfiguration<GalleryPhoto>
{
    public void Configure(EntityTypeBuilder<GalleryPhoto> builder)
    {
        builder.HasOne(p => p.Image).WithMany().HasForeignKey(p => p.ImageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.ProgramItem).WithMany().HasForeignKey(p => p.ProgramItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.EventId, p.SortOrder });
        builder.HasIndex(p => new { p.ProgramItemId, p.SortOrder });
        builder.HasIndex(p => p.ImageId);
        builder.ToTable(t => t.HasCheckConstraint("CK_GalleryPhoto_OneOwner", "(\"EventId\" IS NULL) <> (\"ProgramItemId\" IS NULL)"));
    }
}

internal sealed class MediaRenditionConfiguration : IEntityTypeConfiguration<MediaRendition>
{
    public void Configure(EntityTypeBuilder<MediaRendition> builder)
    {
        builder.HasIndex(r => new { r.ImageId, r.Width }).IsUnique();
        builder.HasOne(r => r.Image).WithMany(i => i.Renditions).HasForeignKey(r => r.ImageId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SlugRedirectConfiguration : IEntityTypeConfiguration<SlugRedirect>
{
    public void Configure(EntityTypeBuilder<SlugRedirect> builder)
    {
        builder.Property(r => r.Kind).StoredAsText();
        builder.HasIndex(r => new { r.Kind, r.OldSlug });
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.Kind).StoredAsText();
        builder.Property(r => r.Action).StoredAsText();
        builder.HasIndex(r => new { r.Kind, r.EntityId });
        builder.HasIndex(r => r.AtUtc);
    }
}

internal sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> builder)
    {
        builder.ConfigureContent();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasIndex(p => p.PublishedOn);
        builder.Property(p => p.Slug).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(200);
        builder.HasOne(p => p.Event).WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.Image).WithMany().HasForeignKey(p => p.ImageId).OnDelete(DeleteBehavior.SetNull);
    }
}
