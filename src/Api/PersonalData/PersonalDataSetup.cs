using Marten;

namespace Fupin.EventSourced.Api.PersonalData;

public static class PersonalDataSetup
{
    /// <summary>The protector, the view log, and their tables in the event store's schema (migrated with it).</summary>
    public static IServiceCollection AddFupinPersonalData(this IServiceCollection services, string schema)
    {
        services.ConfigureMarten(options => options.AddPersonalDataTables(schema));
        services.AddOptions<PersonalDataOptions>().BindConfiguration(PersonalDataOptions.Section);
        services.AddSingleton(new PersonKeysTable(schema));
        services.AddSingleton(new PersonalDataViewsTable(schema));
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<PersonalDataViews>();
        return services;
    }

    private static StoreOptions AddPersonalDataTables(this StoreOptions options, string schema)
    {
        options.Storage.ExtendedSchemaObjects.Add(new PersonKeysTable(schema).Definition());
        options.Storage.ExtendedSchemaObjects.Add(new PersonalDataViewsTable(schema).Definition());
        return options;
    }
}
