using Marten;
using Microsoft.Extensions.Options;

namespace Fupin.EventSourced.Api.EventStore.Idempotency;

/// <summary>Deletes expired idempotency keys now and then; a lookup never replays an expired key meanwhile.</summary>
internal sealed partial class ExpiredKeysCleaner(
    IDocumentStore store,
    IdempotencyKeysTable table,
    IOptions<IdempotencyOptions> options,
    ILogger<ExpiredKeysCleaner> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var connection = store.Storage.Database.CreateConnection();
                await connection.OpenAsync(stoppingToken);
                await using var command = new Npgsql.NpgsqlCommand(table.DeleteExpiredSql, connection);
                var deleted = await command.ExecuteNonQueryAsync(stoppingToken);
                LogDeleted(logger, deleted);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogFailed(logger, error);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Deleted {Count} expired idempotency keys")]
    private static partial void LogDeleted(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired idempotency keys failed; trying again later")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
