using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Data;

public sealed class SummitDbContext(DbContextOptions<SummitDbContext> options, TimeProvider? clock = null)
    : IdentityDbContext<StaffUser>(options)
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public DbSet<Event> Events => Set<Event>();
    public DbSet<City> Cities => Set<City>();
    public DbSet<Participation> Participations => Set<Participation>();
    public DbSet<ParticipationKind> ParticipationKinds => Set<ParticipationKind>();
    public DbSet<NewsPost> NewsPosts => Set<NewsPost>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<ProgramDay> ProgramDays => Set<ProgramDay>();
    public DbSet<ProgramItem> ProgramItems => Set<ProgramItem>();
    public DbSet<ProgramItemPerson> ProgramItemPeople => Set<ProgramItemPerson>();
    public DbSet<ProgramItemCity> ProgramItemCities => Set<ProgramItemCity>();
    public DbSet<Representation> Representations => Set<Representation>();
    public DbSet<Communique> Communiques => Set<Communique>();
    public DbSet<CommuniqueSection> CommuniqueSections => Set<CommuniqueSection>();
    public DbSet<Page> Pages => Set<Page>();
    public DbSet<MediaImage> Images => Set<MediaImage>();
    public DbSet<MediaRendition> ImageRenditions => Set<MediaRendition>();
    public DbSet<GalleryPhoto> GalleryPhotos => Set<GalleryPhoto>();
    public DbSet<SlugRedirect> SlugRedirects => Set<SlugRedirect>();
    public DbSet<Revision> Revisions => Set<Revision>();

    /// <summary>
    /// Every DateTime in the store is UTC (the properties say so: ...Utc). PostgreSQL keeps them as
    /// timestamptz, which Npgsql writes only from DateTimes marked UTC and reads back marked UTC; SQLite
    /// keeps text and is left as it always was.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
            configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SummitDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        Stamp();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        Stamp();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>
    /// Every content save bumps <see cref="ContentEntity.Version"/> (the concurrency token; the WHERE clause
    /// still checks the value the editor loaded) and <see cref="ContentEntity.UpdatedAtUtc"/> (sitemap lastmod).
    /// </summary>
    private void Stamp()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries<ContentEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.Version = 1;
                    break;
                case EntityState.Modified:
                    entry.Entity.UpdatedAtUtc = now;
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    break;
            }
        }
    }
}

/// <summary>Marks DateTimes UTC on the way in and out (they are UTC already; only the Kind was unset).</summary>
internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
