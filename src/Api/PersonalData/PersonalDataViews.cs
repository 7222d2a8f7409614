using Fupin.EventSourced.Api.EventStore;
using Marten;
using Npgsql;

namespace Fupin.EventSourced.Api.PersonalData;

/// <summary>Records each view of households' personal data in clear, before the data leaves the service.</summary>
public sealed class PersonalDataViews(IDocumentStore store, PersonalDataViewsTable table)
{
    public async Task RecordAsync(CommandContext viewer, IReadOnlyCollection<string> householdIds, CancellationToken cancellation)
    {
        if (householdIds.Count == 0)
        {
            return;
        }

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"insert into {table.Name} (household_id, viewer, role, correlation_id, viewed_at) " +
            "select h, @viewer, @role, @correlation, now() from unnest(@households) as h", connection);
        command.Parameters.AddWithValue("households", householdIds.ToArray());
        command.Parameters.AddWithValue("viewer", viewer.UserId);
        command.Parameters.AddWithValue("role", viewer.Role);
        command.Parameters.AddWithValue("correlation", viewer.CorrelationId);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    public async Task<IReadOnlyList<PersonalDataView>> OfAsync(string householdId, CancellationToken cancellation)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(
            $"select viewer, role, correlation_id, viewed_at from {table.Name} where household_id = @id order by id", connection);
        command.Parameters.AddWithValue("id", householdId);
        var views = new List<PersonalDataView>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            views.Add(new PersonalDataView(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return views;
    }
}

/// <summary>One view of a household's personal data in clear.</summary>
/// <param name="Viewer">The viewer's user id.</param>
/// <param name="Role">Their role.</param>
/// <param name="CorrelationId">The request's correlation id.</param>
/// <param name="ViewedAt">When.</param>
public sealed record PersonalDataView(string Viewer, string Role, string CorrelationId, DateTimeOffset ViewedAt);
