using Fupin.EventSourced.Api.EventStore.Idempotency;
using Fupin.EventSourced.Projections;
using Fupin.EventSourced.Projections.Consultations;
using Fupin.EventSourced.Projections.Envoys;
using Fupin.EventSourced.Projections.FieldWork;
using Fupin.EventSourced.Projections.Figures;
using Fupin.EventSourced.Projections.Households;
using Fupin.EventSourced.Projections.Plans;
using Fupin.EventSourced.Projections.Informants;
using Fupin.EventSourced.Projections.EquitySchemes;
using Fupin.EventSourced.Projections.Projects;
using Fupin.EventSourced.Projections.Registries;
using Fupin.EventSourced.Projections.Trainings;
using Fupin.EventSourced.Projections.Villages;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using Marten;
using Npgsql;

namespace Fupin.EventSourced.Api.EventStore;

public static class EventStoreSetup
{
    public const string ConnectionStringName = "Postgres";

    /// <summary>
    /// Marten event store and document store on PostgreSQL, the group-commit writer, and the projection daemon.
    /// </summary>
    public static IServiceCollection AddFupinEventStore(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(EventStoreOptions.Section).Get<EventStoreOptions>() ?? new();
        var connectionString = ConnectionString(configuration);

        var marten = services.AddMarten(options =>
            {
                options.Connection(connectionString);
                options.DatabaseSchemaName = settings.Schema;

                // Village streams are keyed by their 12-digit code; streams that are not places by server-issued Guid v7 strings.
                options.Events.StreamIdentity = StreamIdentity.AsString;
                options.Events.AppendMode = settings.AppendMode;
                options.Events.MetadataConfig.UserNameEnabled = true;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;

                // Each projection's daemon query asks for its own event types in sequence order. Without an index on
                // (type, seq_id) a projection whose types are rare (fund transactions, platforms, plans) reads every
                // event of the log to find them, once per rebuild: thirty projections made a rebuild thirty scans.
                options.Events.EnableEventTypeIndex = true;

                // Schema changes are applied once at start (or ahead of time with `db-apply`), not checked on
                // every first use of a type.
                options.AutoCreateSchemaObjects = AutoCreate.None;

                // Concurrent group-commit writers leave momentary gaps in the event sequence (one transaction has
                // taken sequence numbers another has not committed yet). The daemon waits SlowPollingTime before
                // looking again, so at the default of 1 s the async projections trailed by a second under load.
                options.Projections.FastPollingTime = TimeSpan.FromMilliseconds(100);
                options.Projections.SlowPollingTime = TimeSpan.FromMilliseconds(250);

                // A projection that cannot apply an event stops, loudly, instead of skipping it.
                options.Projections.Errors.SkipApplyErrors = false;
                options.Projections.Errors.SkipSerializationErrors = false;
                options.Projections.Errors.SkipUnknownEvents = false;

                options.RegisterDomainEvents();
                options.ConfigureVillages();
                options.ConfigureEnvoys();
                options.ConfigureHouseholds();
                options.ConfigurePlans();
                options.ConfigureTrainings();
                options.ConfigureConsultations();
                options.ConfigureInformants();
                options.ConfigureFieldWork();
                options.ConfigureEquitySchemes();
                options.ConfigureProjects();
                options.ConfigureRegistries();
                options.ConfigureFigures();
                options.Storage.ExtendedSchemaObjects.Add(new IdempotencyKeysTable(settings.Schema).Definition());
            })
            .UseLightweightSessions()
            .AddAsyncDaemon(settings.Daemon);

        if (settings.ApplySchemaOnStartup)
        {
            marten.ApplyAllDatabaseChangesOnStartup();
        }

        services.AddOptions<GroupCommitOptions>().BindConfiguration(GroupCommitOptions.Section);
        services.AddOptions<IdempotencyOptions>().BindConfiguration(IdempotencyOptions.Section);
        services.AddSingleton(new IdempotencyKeysTable(settings.Schema));
        services.AddHostedService<ExpiredKeysCleaner>();
        services.AddSingleton<GroupCommitMetrics>();
        services.AddSingleton<GroupCommitWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<GroupCommitWriter>());
        services.AddSingleton<EventStreams>();
        return services;
    }

    /// <summary>The PostgreSQL schema of the event store, where features keep their own tables too.</summary>
    public static string Schema(IConfiguration configuration) =>
        (configuration.GetSection(EventStoreOptions.Section).Get<EventStoreOptions>() ?? new()).Schema;

    /// <summary>
    /// <c>ConnectionStrings:Postgres</c>, with automatic statement preparation on unless the string sets it:
    /// Marten sends a few statements over and over, and parsing and planning them was a quarter of the
    /// database's CPU (README, "Performance").
    /// </summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException(
                $"Set ConnectionStrings:{ConnectionStringName} (environment: ConnectionStrings__{ConnectionStringName}).");
        }

        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!configured.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
        }

        return builder.ConnectionString;
    }
}

/// <summary>Configuration section <c>EventStore</c>.</summary>
public sealed class EventStoreOptions
{
    public const string Section = "EventStore";

    /// <summary>PostgreSQL schema holding Marten's tables.</summary>
    public string Schema { get; set; } = "fupin";

    /// <summary>Create or migrate the schema when the API starts. Off when deployments run <c>db-apply</c>.</summary>
    public bool ApplySchemaOnStartup { get; set; } = true;

    /// <summary>
    /// HotCold: every node may run the projection daemon, one at a time, chosen by an advisory lock. Solo for a
    /// single node; Disabled for a node that only takes commands.
    /// </summary>
    public DaemonMode Daemon { get; set; } = DaemonMode.HotCold;

    public EventAppendMode AppendMode { get; set; } = EventAppendMode.QuickWithServerTimestamps;
}
