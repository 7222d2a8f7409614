using Weasel.Postgresql.Tables;

namespace Fupin.EventSourced.Api.PersonalData;

/// <summary>
/// The key store: one row per person, holding the person's own data key wrapped with the master key, outside the
/// event streams. Erasure destroys the wrapped key (the row stays, saying when, by whom and why); from then on
/// every sealed value of the person is unreadable, in events, documents, backups taken afterwards and rebuilds.
/// </summary>
public sealed class PersonKeysTable(string schema)
{
    public string Name { get; } = $"{schema}.person_keys";

    public Table Definition()
    {
        var table = new Table(Name);
        table.AddColumn<string>("person_id").AsPrimaryKey();
        table.AddColumn("wrapped_key", "bytea");
        table.AddColumn("created_at", "timestamptz").NotNull();
        table.AddColumn("erased_at", "timestamptz");
        table.AddColumn<string>("erased_by");
        table.AddColumn<string>("erase_reason");
        return table;
    }

    public string InsertSql => $"insert into {Name} (person_id, wrapped_key, created_at) values (?, ?, now())";

    public string SelectSql => $"select person_id, wrapped_key from {Name} where person_id = any(@ids)";

    public string EraseSql => $"update {Name} set wrapped_key = null, erased_at = now(), erased_by = ?, erase_reason = ? where person_id = ?";
}

/// <summary>The table recording every view of a household's personal data in clear: who, when, which household.</summary>
public sealed class PersonalDataViewsTable(string schema)
{
    public string Name { get; } = $"{schema}.personal_data_views";

    public Table Definition()
    {
        var table = new Table(Name);
        table.AddColumn<long>("id").AsPrimaryKey().BigAutoIncrement();
        table.AddColumn<string>("household_id").NotNull().AddIndex(_ => { });
        table.AddColumn<string>("viewer").NotNull();
        table.AddColumn<string>("role").NotNull();
        table.AddColumn<string>("correlation_id").NotNull();
        table.AddColumn("viewed_at", "timestamptz").NotNull();
        return table;
    }
}
