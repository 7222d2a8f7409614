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
        // The times are columns without indexes of their own (Marten's Duplicate always adds one): no query reads
        // them alone, and every consultation asked or answered would write both.
        options.Policies.ForAllDocuments(mapping =>
        {
            if (mapping.DocumentType == typeof(Consultation))
            {
                mapping.DuplicateField(nameof(Consultation.AskedAt));
                mapping.DuplicateField(nameof(Consultation.AnsweredAt));
            }
        });
        options.Schema.For<Consultation>()
            .Duplicate(c => c.DivisionCode, configure: index => index.IncludeColumns = ["asked_at", "answered_at"]);
        return options;
    }
}
