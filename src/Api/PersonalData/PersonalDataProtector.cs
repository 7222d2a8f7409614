using System.Security.Cryptography;
using System.Text;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain;
using Marten;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Fupin.EventSourced.Api.PersonalData;

/// <summary>
/// Seals and unseals personal values with each person's own key (AES-256-GCM), and hashes identity numbers for
/// look-ups (HMAC-SHA256). Plain values exist only in memory, in a request that may see them; nothing here logs.
/// </summary>
public sealed class PersonalDataProtector(IDocumentStore store, PersonKeysTable keys, IOptions<PersonalDataOptions> options)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly Lazy<byte[]> _master = new(() => options.Value.Master());
    private readonly Lazy<byte[]> _lookup = new(() => options.Value.Lookup());

    /// <summary>The keyed hash an identity number is looked up by; the same number always gives the same hash.</summary>
    public string Lookup(string identityNumber) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_lookup.Value, Encoding.UTF8.GetBytes(IdentityNumbers.Normalize(identityNumber))));

    /// <summary>
    /// New keys for <paramref name="personIds"/>, and the statements that store them wrapped: they go with the command
    /// that seals values under them, in its transaction, so a refused command leaves no key behind.
    /// </summary>
    public (KeyRing Keys, IReadOnlyList<SqlWrite> Store) NewKeys(IReadOnlyList<string> personIds)
    {
        var ring = new KeyRing(personIds.ToDictionary(id => id, _ => RandomNumberGenerator.GetBytes(32)));
        return (ring, [.. personIds.Select(id => new SqlWrite(keys.InsertSql, id, Encrypt(_master.Value, ring.Keys[id])))]);
    }

    /// <summary>The keys of <paramref name="personIds"/> that still exist; an erased person's key is absent.</summary>
    public async Task<KeyRing> LoadKeysAsync(IEnumerable<string> personIds, CancellationToken cancellation)
    {
        var ids = personIds.Distinct(StringComparer.Ordinal).ToArray();
        var found = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        if (ids.Length == 0)
        {
            return new KeyRing(found);
        }

        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var command = new NpgsqlCommand(keys.SelectSql, connection);
        command.Parameters.AddWithValue("ids", ids);
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            if (!reader.IsDBNull(1))
            {
                found[reader.GetString(0)] = Decrypt(_master.Value, (byte[])reader[1]);
            }
        }

        return new KeyRing(found);
    }

    public static Sealed Seal(KeyRing ring, string personId, string value) =>
        new(personId, Convert.ToBase64String(Encrypt(ring.Keys[personId], Encoding.UTF8.GetBytes(value))));

    /// <summary>The value in clear, or null when the person's data was erased.</summary>
    public static string? Unseal(KeyRing ring, Sealed value) =>
        ring.Keys.TryGetValue(value.PersonId, out var key)
            ? Encoding.UTF8.GetString(Decrypt(key, Convert.FromBase64String(value.Cipher)))
            : null;

    private static byte[] Encrypt(byte[] key, byte[] plain)
    {
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length));
        return output;
    }

    private static byte[] Decrypt(byte[] key, byte[] sealedBytes)
    {
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, plain.Length),
            sealedBytes.AsSpan(NonceSize + plain.Length), plain);
        return plain;
    }
}

/// <summary>Persons' keys in clear, for one request only.</summary>
public sealed class KeyRing(IReadOnlyDictionary<string, byte[]> keys)
{
    public IReadOnlyDictionary<string, byte[]> Keys { get; } = keys;
}
