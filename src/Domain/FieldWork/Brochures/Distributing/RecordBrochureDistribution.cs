using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.FieldWork.Brochures.Distributing;

/// <summary>Record brochures handed out (发放科技宣传材料).</summary>
/// <param name="DivisionCode">Where: a county, township or village code.</param>
/// <param name="Title">What was handed out.</param>
/// <param name="Place">Where exactly, e.g. <c>注滋口镇集市</c>.</param>
/// <param name="DistributedOn">The business date, e.g. <c>2018-09-10</c>.</param>
/// <param name="Copies">How many copies (at least 1).</param>
public sealed record RecordBrochureDistribution(string DivisionCode, string Title, string Place, DateOnly DistributedOn, int Copies)
{
    public static Decision Decide(RecordBrochureDistribution command, string distributionId) =>
        Decision.Start<BrochureDistribution>(distributionId, new BrochuresDistributed(distributionId, command.DivisionCode,
            new BrochureDetails(command.Title.Trim(), command.Place.Trim(), command.DistributedOn, command.Copies)));
}

/// <summary>Brochures were handed out in <paramref name="DivisionCode"/>; counts their copies.</summary>
public sealed record BrochuresDistributed(string DistributionId, string DivisionCode, BrochureDetails Details)
    : IEventOf<BrochureDistribution>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => Details.Counts(DivisionCode);
}

public sealed class RecordBrochureDistributionValidator : AbstractValidator<RecordBrochureDistribution>
{
    public RecordBrochureDistributionValidator()
    {
        RuleFor(x => x.DivisionCode).MustBeDivision();
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Place).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.DistributedOn).MustBeBusinessDate();
        RuleFor(x => x.Copies).InclusiveBetween(1, FieldWorkRules.MaxHeadcount);
    }
}
