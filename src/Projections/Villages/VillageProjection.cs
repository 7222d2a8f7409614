using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Villages.Registering;
using Marten.Events.Aggregation;

namespace Fupin.EventSourced.Projections.Villages;

/// <summary>
/// Keeps the <see cref="Village"/> document in step with its stream, in the same transaction as the append
/// (inline). Commands decide on this snapshot, and <c>GET /api/villages/{code}</c> reads it. The evolution
/// itself lives on the domain type; this class only lets Marten's source generator dispatch to it.
/// </summary>
public sealed partial class VillageProjection : SingleStreamProjection<Village, string>
{
    public static Village Create(VillageRegistered registered) => Village.Create(registered);

    public static Village Apply(VillageNameCorrected corrected, Village village) => village.Apply(corrected);
}
