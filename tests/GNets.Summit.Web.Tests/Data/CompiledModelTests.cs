using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GNets.Summit.Web.Tests.Data;

/// <summary>
/// The site starts on SQLite with a model compiled ahead of time (StoreProviders.UseCompiledSqliteModel). It must
/// be the model the code builds, or the site would read and write a schema that is not the migrations'.
/// </summary>
public sealed class CompiledModelTests
{
    private static readonly string Regenerate = "The compiled SQLite model is older than the model in the code: run "
        + StoreProviders.OptimizeCommand + " (README, \"Changing the schema\").";

    [Fact]
    public void The_compiled_SQLite_model_has_the_same_tables_columns_keys_and_indexes_as_the_code()
    {
        // (EF's model differ needs design-time data a compiled model does not keep, so the tables are compared here.)
        var compiled = Tables(CompiledModel());
        using var db = ContextBuildingItsModel();
        var built = Tables(db.Model);

        Assert.True(compiled.SetEquals(built), Regenerate
            + " Only in the code: " + string.Join("; ", built.Except(compiled))
            + " Only in the compiled model: " + string.Join("; ", compiled.Except(built)));
    }

    [Fact]
    public void The_compiled_SQLite_model_has_the_same_entities_properties_and_navigations_as_the_code()
    {
        var compiled = Shape(CompiledModel());
        using var db = ContextBuildingItsModel();
        var built = Shape(db.Model);

        Assert.True(compiled.SetEquals(built), Regenerate
            + " Only in the code: " + string.Join("; ", built.Except(compiled))
            + " Only in the compiled model: " + string.Join("; ", compiled.Except(built)));
    }

    [Fact]
    public void The_site_on_SQLite_uses_the_compiled_model()
    {
        var options = new DbContextOptionsBuilder<SummitDbContext>().UseSqlite("Data Source=:memory:");
        StoreProviders.UseCompiledSqliteModel(options);
        using var db = new SummitDbContext(options.Options);

        Assert.Same(CompiledModel(), db.Model);
    }

    /// <summary>The compiled model as a context initializes it (its relational model exists only from then on).</summary>
    private static IModel CompiledModel()
    {
        var model = StoreProviders.CompiledSqliteModel.Value ?? throw new Xunit.Sdk.XunitException(
            "There is no compiled SQLite model: run " + StoreProviders.OptimizeCommand);
        using var db = new SummitDbContext(new DbContextOptionsBuilder<SummitDbContext>().UseSqlite("Data Source=:memory:").UseModel(model).Options);
        return db.Model;
    }

    private static SummitDbContext ContextBuildingItsModel() =>
        new(new DbContextOptionsBuilder<SummitDbContext>()
            .UseSqlite("Data Source=:memory:", sqlite => sqlite.MigrationsAssembly(StoreProviders.SqliteMigrations))
            .Options);

    private static HashSet<string> Shape(IModel model)
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in model.GetEntityTypes())
        {
            lines.Add($"{entity.Name} table {entity.GetTableName()}");
            foreach (var property in entity.GetProperties())
            {
                lines.Add($"{entity.Name}.{property.Name}: {property.ClrType.Name} column {property.GetColumnName()} {property.GetColumnType()}"
                    + $" nullable={property.IsNullable} max={property.GetMaxLength()} generated={property.ValueGenerated}"
                    + $" converter={property.GetTypeMapping().Converter?.GetType().Name} concurrency={property.IsConcurrencyToken}");
            }

            foreach (var navigation in entity.GetNavigations())
            {
                lines.Add($"{entity.Name}.{navigation.Name} -> {navigation.TargetEntityType.Name} collection={navigation.IsCollection}");
            }

            foreach (var navigation in entity.GetSkipNavigations())
            {
                lines.Add($"{entity.Name}.{navigation.Name} ->> {navigation.TargetEntityType.Name}");
            }

            foreach (var key in entity.GetForeignKeys())
            {
                lines.Add($"{entity.Name} FK ({string.Join(",", key.Properties.Select(p => p.Name))}) -> {key.PrincipalEntityType.Name} {key.DeleteBehavior} required={key.IsRequired}");
            }
        }

        return lines;
    }

    private static HashSet<string> Tables(IModel model)
    {
        var lines = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in model.GetRelationalModel().Tables)
        {
            lines.Add($"table {table.Name} key {table.PrimaryKey?.Name} ({string.Join(",", table.PrimaryKey?.Columns.Select(c => c.Name) ?? [])})");
            foreach (var column in table.Columns)
            {
                lines.Add($"{table.Name}.{column.Name} {column.StoreType} nullable={column.IsNullable}");
            }

            foreach (var index in table.Indexes)
            {
                lines.Add($"{table.Name} index {index.Name} ({string.Join(",", index.Columns.Select(c => c.Name))}) unique={index.IsUnique} filter={index.Filter}");
            }

            foreach (var key in table.ForeignKeyConstraints)
            {
                lines.Add($"{table.Name} FK {key.Name} ({string.Join(",", key.Columns.Select(c => c.Name))}) -> {key.PrincipalTable.Name} {key.OnDeleteAction}");
            }

            foreach (var key in table.UniqueConstraints)
            {
                lines.Add($"{table.Name} unique {key.Name} ({string.Join(",", key.Columns.Select(c => c.Name))})");
            }
        }

        return lines;
    }
}
