using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Projects.Transacting;
using JasperFx.Events;
using Marten.Events.Projections;

namespace Fupin.EventSourced.Projections.Projects;

/// <summary>
/// One <see cref="FundTransaction"/> document per fund transaction, keyed by the transaction id and folded by the
/// domain's own <see cref="FundTransaction.Evolve"/>. Inline: written in the transaction that appends the event, so
/// a project's list, the division reports and a correction's decision read every acknowledged payment.
/// </summary>
public sealed class FundTransactionProjection : MultiStreamProjection<FundTransaction, string>
{
    public FundTransactionProjection()
    {
        Identity<FundTransactionRecorded>(e => e.TransactionId);
        Identity<FundTransactionCorrected>(e => e.TransactionId);

        // Named, so a rebuild asks the store for these two types only instead of reading every event.
        IncludeType<FundTransactionRecorded>();
        IncludeType<FundTransactionCorrected>();
        Options.BatchSize = StreamStateProjection<Project>.RebuildPageSize;
    }

    public override FundTransaction Evolve(FundTransaction? snapshot, string id, IEvent e) =>
        FundTransaction.Evolve(snapshot, e.Data, e.Version);
}
