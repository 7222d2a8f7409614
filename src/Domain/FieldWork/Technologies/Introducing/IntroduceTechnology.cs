using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.FieldWork.Technologies.Introducing;

/// <summary>Record a new variety or technique introduced to a registered key village (引进推广新品种、新技术).</summary>
/// <param name="VillageCode">The key village's 12-digit code.</param>
/// <param name="Title">What was introduced, e.g. <c>鲁研 1 号黄瓜</c>.</param>
/// <param name="Kind">Variety or technique.</param>
/// <param name="IntroducedOn">The business date, e.g. <c>2018-04-15</c>; its year is the year it counts for.</param>
public sealed record IntroduceTechnology(string VillageCode, string Title, TechnologyKind Kind, DateOnly IntroducedOn)
{
    public static Decision Decide(IntroduceTechnology command, string technologyId, Village village) =>
        Decision.Start<TechnologyIntroduction>(technologyId,
            new TechnologyIntroduced(technologyId, village.Id, new TechnologyDetails(command.Title.Trim(), command.Kind, command.IntroducedOn)));
}

/// <summary>A new variety or technique was introduced to <paramref name="VillageCode"/>.</summary>
public sealed record TechnologyIntroduced(string TechnologyId, string VillageCode, TechnologyDetails Details)
    : IEventOf<TechnologyIntroduction>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() => Details.Counts(VillageCode);
}

public sealed class IntroduceTechnologyValidator : AbstractValidator<IntroduceTechnology>
{
    public IntroduceTechnologyValidator()
    {
        RuleFor(x => x.VillageCode).MustBeVillageCode();
        RuleFor(x => x.Title).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.IntroducedOn).MustBeBusinessDate();
    }
}
