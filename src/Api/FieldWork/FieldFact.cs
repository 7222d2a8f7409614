namespace Fupin.EventSourced.Api.FieldWork;

/// <summary>A recorded fact of the field work as it stands after its corrections.</summary>
/// <param name="Id">Server-issued id of the record.</param>
/// <param name="DivisionCode">The division (or village) it belongs to and counts for.</param>
/// <param name="Details">Its values now.</param>
/// <param name="Corrections">How many corrections it had (its history shows each, with the values replaced).</param>
/// <param name="Version">Stream version; also the <c>ETag</c>, for If-Match on a correction.</param>
public sealed record FieldFact<TDetails>(string Id, string DivisionCode, TDetails Details, int Corrections, long Version);
