using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Fupin.EventSourced.Domain.Projects;

/// <summary>
/// An event of a project's stream that carries its link in the project's hash chain: the hash of the event
/// before it and its own hash over its canonical content and that link.
/// </summary>
public interface IChainedEvent : IEventOf<Project>
{
    string ProjectId { get; }

    /// <summary>The previous event's <see cref="Hash"/>; <see cref="FundChain.Genesis"/> for the first event.</summary>
    string PreviousHash { get; }

    /// <summary>SHA-256 over <see cref="FundChain.Canonical"/>, lowercase hex.</summary>
    string Hash { get; }

    /// <summary>The event's fields in their fixed order (never reordered; new fields only appended).</summary>
    void WriteFields(CanonicalFields fields);
}

/// <summary>
/// The tamper evidence of a project's fund record. Every event of a project's stream carries the SHA-256 of its
/// canonical form, which includes the previous event's hash, so changing, removing or reordering any stored event
/// breaks the chain at that event, and rewriting the whole chain consistently changes its head, which an earlier
/// export of the head exposes.
/// <para>The canonical form (version 1) is UTF-8 text, one field per line ending in <c>\n</c>:</para>
/// <code>
/// fupin-fund-chain/1
/// type=FundTransactionRecorded         (the event's type name)
/// stream=0196…                         (the project id)
/// version=7                            (the event's version in the stream, from 1)
/// &lt;name&gt;=&lt;value&gt;                 (the event's own fields, in the order its WriteFields writes them)
/// previous=&lt;64 hex digits&gt;
/// </code>
/// Values are written in the invariant culture: text as its UTF-8 byte length, a colon and the text (so no
/// value can forge a line); amounts with at least 2 decimal places (<c>300000.00</c>, and <c>0.001</c> if an
/// amount ever carried more, which validation refuses); dates <c>yyyy-MM-dd</c>; enums by name; integers in
/// decimal; a null as <c>~</c>; a list as its count, then each item's fields prefixed <c>name[i].</c>.
/// </summary>
public static class FundChain
{
    public const string FormatTag = "fupin-fund-chain/1";

    /// <summary>The link before a project's first event: 64 zeros.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Canonical(IChainedEvent @event, long version)
    {
        ArgumentNullException.ThrowIfNull(@event);
        var fields = new CanonicalFields();
        fields.Raw("type", @event.GetType().Name);
        fields.Text("stream", @event.ProjectId);
        fields.Raw("version", version.ToString(CultureInfo.InvariantCulture));
        @event.WriteFields(fields);
        fields.Raw("previous", @event.PreviousHash);
        return FormatTag + "\n" + fields;
    }

    /// <summary>The hash the event must carry at <paramref name="version"/> of its stream.</summary>
    public static string HashOf(IChainedEvent @event, long version) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(@event, version))));

    /// <summary>
    /// Recomputes a project's chain from its stored events, in stream order, and returns the first broken link, or
    /// null when every event's hash is the one its content makes and every link names the event before it.
    /// </summary>
    public static ChainBreak? FirstBreak(IEnumerable<(long Version, object Data)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var previous = Genesis;
        var expectedVersion = 1L;
        foreach (var (version, data) in events)
        {
            if (data is not IChainedEvent chained)
            {
                return new(version, $"event {version} ({data.GetType().Name}) is not a chained project event");
            }

            if (version != expectedVersion)
            {
                return new(version, $"event {version} follows event {expectedVersion - 1}: an event is missing or out of order");
            }

            if (!string.Equals(chained.PreviousHash, previous, StringComparison.Ordinal))
            {
                return new(version, $"event {version} links to {chained.PreviousHash}, but the event before it hashes to {previous}");
            }

            var recomputed = HashOf(chained, version);
            if (!string.Equals(chained.Hash, recomputed, StringComparison.Ordinal))
            {
                return new(version, $"event {version} ({data.GetType().Name}) carries hash {chained.Hash}, but its content hashes to {recomputed}: it was altered");
            }

            previous = chained.Hash;
            expectedVersion++;
        }

        return null;
    }

    /// <summary>Whether the event's stored hash is the one its content and link make.</summary>
    public static bool IsIntact(IChainedEvent @event, long version) =>
        string.Equals(@event.Hash, HashOf(@event, version), StringComparison.Ordinal);
}

/// <summary>The first broken link of a project's chain: the version of the event where it breaks, and how.</summary>
public sealed record ChainBreak(long Version, string Reason);

/// <summary>Writes an event's fields in the canonical form of <see cref="FundChain"/>.</summary>
public sealed class CanonicalFields
{
    private readonly StringBuilder _text = new();
    private string _prefix = "";

    public void Text(string name, string? value) =>
        Raw(name, value is null ? null : Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture) + ":" + value);

    public void Amount(string name, decimal? value) =>
        Raw(name, value is { } amount ? (amount + 0.00m).ToString(CultureInfo.InvariantCulture) : null);

    public void Date(string name, DateOnly? value) =>
        Raw(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public void Number(string name, long? value) => Raw(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Enum<TEnum>(string name, TEnum value) where TEnum : struct, System.Enum => Raw(name, value.ToString());

    public void Enum<TEnum>(string name, TEnum? value) where TEnum : struct, System.Enum => Raw(name, value?.ToString());

    public void List<TItem>(string name, IReadOnlyList<TItem> items, Action<CanonicalFields, TItem> write)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(write);
        Number(name, items.Count);
        var outer = _prefix;
        for (var i = 0; i < items.Count; i++)
        {
            _prefix = string.Create(CultureInfo.InvariantCulture, $"{outer}{name}[{i}].");
            write(this, items[i]);
        }

        _prefix = outer;
    }

    public void Values(string name, FundTransactionValues? values)
    {
        if (values is null)
        {
            Raw(name, null);
            return;
        }

        var outer = _prefix;
        _prefix = outer + name + ".";
        Date("on", values.On);
        Amount("amount", values.Amount);
        Text("provider", values.Provider);
        Text("receiver", values.Receiver);
        Enum("budgetLine", values.BudgetLine);
        Text("voucher", values.Voucher);
        _prefix = outer;
    }

    internal void Raw(string name, string? value) => _text.Append(_prefix).Append(name).Append('=').Append(value ?? "~").Append('\n');

    public override string ToString() => _text.ToString();
}
