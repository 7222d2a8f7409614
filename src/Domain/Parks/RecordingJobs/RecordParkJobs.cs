using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.FieldWork;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Parks.RecordingJobs;

/// <summary>Record jobs a park created for key villages (增加就业岗位; seed 001: 50 per park).</summary>
/// <param name="Jobs">How many jobs (at least 1).</param>
/// <param name="On">The business date; its year is the year they count for.</param>
public sealed record RecordParkJobs(int Jobs, DateOnly On)
{
    public static ParkJobsRecorded Decide(RecordParkJobs command, Park park, string recordId) =>
        new(park.Id, recordId, park.DivisionCode, command.Jobs, command.On);
}

/// <summary><paramref name="Jobs"/> jobs created by a park were recorded; counted for the park's division.</summary>
public sealed record ParkJobsRecorded(string ParkId, string RecordId, string DivisionCode, int Jobs, DateOnly On) : IEventOf<Park>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => [new(Figure.JobsCreated, DivisionCode, On, Jobs)];
}

public sealed class RecordParkJobsValidator : AbstractValidator<RecordParkJobs>
{
    public RecordParkJobsValidator()
    {
        RuleFor(x => x.Jobs).InclusiveBetween(1, FieldWorkRules.MaxHeadcount);
        RuleFor(x => x.On).MustBeBusinessDate();
    }
}
