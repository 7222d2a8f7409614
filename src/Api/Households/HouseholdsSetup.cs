namespace Fupin.EventSourced.Api.Households;

public static class HouseholdsSetup
{
    public static IServiceCollection AddFupinHouseholds(this IServiceCollection services)
    {
        services.AddOptions<HouseholdsOptions>().BindConfiguration(HouseholdsOptions.Section);
        services.AddSingleton<HouseholdReading>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
