using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.FieldWork;
using Fupin.EventSourced.Domain.Figures;

namespace Fupin.EventSourced.Domain.Platforms.Founding;

/// <summary>Record an innovation platform founded (筹建) in a division. The server issues its id.</summary>
/// <param name="Name">The platform's name, e.g. <c>沂源红苹果星创天地</c>.</param>
/// <param name="Kind">星创天地, 农科驿站 or envoy work station.</param>
/// <param name="Level">The level that designated it.</param>
/// <param name="DivisionCode">Where: a county, township or village code (or a city's).</param>
/// <param name="FoundedOn">The business date; its year is the year it counts for.</param>
public sealed record FoundPlatform(string Name, PlatformKind Kind, PlatformLevel Level, string DivisionCode, DateOnly FoundedOn)
{
    public static Decision Decide(FoundPlatform command, string platformId) =>
        Decision.Start<Platform>(platformId,
            new PlatformFounded(platformId, command.Name.Trim(), command.Kind, command.Level, command.DivisionCode, command.FoundedOn));
}

/// <summary>An innovation platform was founded; counts a platform and one of its kind.</summary>
public sealed record PlatformFounded(string PlatformId, string Name, PlatformKind Kind, PlatformLevel Level, string DivisionCode, DateOnly FoundedOn)
    : IEventOf<Platform>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() =>
        [new(Figure.PlatformsFounded, DivisionCode, FoundedOn, 1), new(Platform.FigureOf(Kind), DivisionCode, FoundedOn, 1)];
}

public sealed class FoundPlatformValidator : AbstractValidator<FoundPlatform>
{
    public FoundPlatformValidator()
    {
        RuleFor(x => x.Name).MustBeText(FieldWorkRules.MaxTextLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Level).IsInEnum();
        RuleFor(x => x.DivisionCode).MustBeDivision();
        RuleFor(x => x.FoundedOn).MustBeBusinessDate();
    }
}
