namespace Fupin.EventSourced.Api.EventStore;

/// <summary>
/// A decision would read or write streams of more than one province. Provinces are the partition of the
/// programme's data (<see cref="Domain.Divisions.ProvinceOf"/>); a command stays inside one (HTTP 422).
/// </summary>
public sealed class CrossProvinceException(IEnumerable<string> provinces)
    : Exception($"A command may not span provinces; this one touches {string.Join(", ", provinces.Order(StringComparer.Ordinal))}.");
