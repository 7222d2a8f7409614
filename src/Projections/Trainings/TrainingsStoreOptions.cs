using Fupin.EventSourced.Domain.Trainings;
using Marten;

namespace Fupin.EventSourced.Projections.Trainings;

public static class TrainingsStoreOptions
{
    /// <summary>Registers the training streams' state with Marten.</summary>
    public static StoreOptions ConfigureTrainings(this StoreOptions options)
    {
        options.AddStreamState<Training>();
        // A division's trainings in a year are listed from the inline documents over a range of place codes (a
        // prefix LIKE is not served by a btree under C.UTF-8) and the year's dates, never behind a command.
        options.Schema.For<Training>()
            .Duplicate(t => t.DivisionCode, configure: index => index.IncludeColumns = ["held_on"])
            .Duplicate(t => t.HeldOn);
        return options;
    }
}
