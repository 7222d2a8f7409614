using Fupin.EventSourced.Domain.Consultations;
using Marten;

namespace Fupin.EventSourced.Projections.Consultations;

public static class ConsultationsStoreOptions
{
    /// <summary>Registers the consultation streams' state with Marten.</summary>
    public static StoreOptions ConfigureConsultations(this StoreOptions options)
    {
        options.AddStreamState<Consultation>();
        // Questions awaiting an answer are read, oldest first, from the inline documents over a range of village
        // codes; the times in the division index answer the filter and the order without reading the documents.
        options.Schema.For<Consultation>()
            .Duplicate(c => c.DivisionCode, configure: index => index.IncludeColumns = ["asked_at", "answered_at"])
            .Duplicate(c => c.AskedAt)
            .Duplicate(c => c.AnsweredAt);
        return options;
    }
}
