namespace Fupin.EventSourced.Api.PersonalData;

/// <summary>Configuration section <c>PersonalData</c>: the keys that protect households' personal information.</summary>
public sealed class PersonalDataOptions
{
    public const string Section = "PersonalData";

    /// <summary>
    /// Base64 of 32 random bytes. Wraps (AES-256-GCM) every person's own key in the key table, so a copy of the
    /// database alone reveals nothing. Required; Development has one in its appsettings.
    /// </summary>
    public string MasterKey { get; set; } = "";

    /// <summary>Base64 of at least 32 random bytes. Keys the hash (HMAC-SHA256) by which identity numbers are looked up and de-duplicated.</summary>
    public string LookupKey { get; set; } = "";

    public byte[] Master() => Decode(MasterKey, nameof(MasterKey), exactly: 32);

    public byte[] Lookup() => Decode(LookupKey, nameof(LookupKey), exactly: null);

    private static byte[] Decode(string value, string name, int? exactly)
    {
        var bytes = Convert.TryFromBase64String(value, new byte[value.Length], out var length) ? Convert.FromBase64String(value) : [];
        if (length == 0 || (exactly is { } size ? bytes.Length != size : bytes.Length < 32))
        {
            throw new InvalidOperationException(
                $"Set {Section}:{name} to the base64 of {(exactly is null ? "at least 32" : "exactly 32")} random bytes " +
                $"(environment: {Section}__{name}).");
        }

        return bytes;
    }
}
