namespace Fupin.EventSourced.Api.Figures;

public static class FiguresSetup
{
    public static IServiceCollection AddFupinFigures(this IServiceCollection services)
    {
        services.AddOptions<FiguresOptions>().BindConfiguration(FiguresOptions.Section);
        services.AddHostedService<FigureMarksRecorder>();
        return services;
    }
}
