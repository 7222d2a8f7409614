using Fupin.EventSourced.Projections.Figures;
using Marten;
using Microsoft.Extensions.Options;

namespace Fupin.EventSourced.Api.Figures;

/// <summary>Marks the figure ledger's progress now and then, so reports can be asked as known on a past instant.</summary>
internal sealed partial class FigureMarksRecorder(IDocumentStore store, IOptions<FiguresOptions> options, ILogger<FigureMarksRecorder> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MarkInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FigureLedger.RecordMarkAsync(store, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Marking the figure ledger's progress failed; trying again later")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
