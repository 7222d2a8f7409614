using Marten;

namespace Fupin.EventSourced.Api.PersonalData;

public static class PersonalDataSetup
{
    public static IServiceCollection AddFupinPersonalData(this IServiceCollection services, string schema)
    {
        services.AddOptions<PersonalDataOptions>().BindConfiguration(PersonalDataOptions.Section);
        services.AddSingleton(new PersonKeysTable(schema));
        services.AddSingleton(new PersonalDataViewsTable(schema));
        services.AddSingleton<PersonalDataProtector>();
        services.AddSingleton<PersonalDataViews>();
        return services;
    }

    /// <summary>The key store and the view log live in the event store's schema and migrate with it.</summary>
    public static StoreOptions AddPersonalDataTables(this StoreOptions options, string schema)
    {
        options.Storage.ExtendedSchemaObjects.Add(new PersonKeysTable(schema).Definition());
        options.Storage.ExtendedSchemaObjects.Add(new PersonalDataViewsTable(schema).Definition());
        return options;
    }
}
