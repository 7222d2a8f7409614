using System.Diagnostics.CodeAnalysis;
using FluentValidation;

namespace Fupin.EventSourced.Domain.Trainings;

/// <summary>Input rules shared by the training commands' validators.</summary>
public static class TrainingRules
{
    public const int MaxTextLength = 100;
    public const int MaxTopicLength = 200;
    public const int MaxReasonLength = 500;
    public const int MaxTrainers = 20;

    /// <summary>Seed 002's largest course drew on 64 poor villages; a county has a few hundred villages at most.</summary>
    public const int MaxVillages = 1_000;

    /// <summary>One session, however large (seed 002: 4,000 farmers over 25 sessions); a typo such as 40000 is refused.</summary>
    public const int MaxFarmersPerSession = 10_000;

    /// <summary>Where a training is held: a village (12 digits) or a township (9 digits), under a real province.</summary>
    public static bool IsPlace([NotNullWhen(true)] string? code) =>
        code is { Length: 9 or 12 } && code.All(char.IsAsciiDigit) && !code.StartsWith("00", StringComparison.Ordinal);

    public static IRuleBuilderOptions<T, string> MustBePlace<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(IsPlace).WithMessage("'{PropertyName}' must be a 12-digit village or 9-digit township code, e.g. 370302101001 or 370302101.");

    public static IRuleBuilderOptions<T, int> MustBeFarmersTrained<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, MaxFarmersPerSession);
}
