using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace GNets.Summit.Web.Data.Configurations;

internal static class ContentEntityConfiguration
{
    /// <summary>SQLite has no rowversion: an integer bumped on every save is the concurrency token.</summary>
    public static void ConfigureContent<T>(this EntityTypeBuilder<T> builder) where T : ContentEntity
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.JaStatus).StoredAsText();
    }

    public static PropertyBuilder<TEnum> StoredAsText<TEnum>(this PropertyBuilder<TEnum> property) where TEnum : struct, Enum =>
        property.HasConversion<string>().HasMaxLength(32);
}
