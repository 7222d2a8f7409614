using FluentValidation;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Villages;

namespace Fupin.EventSourced.Domain.Trainings.Recording;

/// <summary>
/// Record a training session held for farmers (科技培训, 田间讲解): when and where, on what, by whom, how many farmers
/// and how many of them from registered poor households, and the key villages they came from. The server issues
/// the training's id.
/// </summary>
/// <param name="HeldOn">The business date it was held, e.g. <c>2023-04-12</c>; it counts for that year however late it is recorded.</param>
/// <param name="Place">Where: a 12-digit village or 9-digit township code. The training's figures count there.</param>
/// <param name="Topic">What was taught, e.g. <c>大棚蔬菜病虫害绿色防控</c>.</param>
/// <param name="Kind">Classroom, field or online.</param>
/// <param name="EnvoyIds">Envoys of the register who taught; each must be serving on <paramref name="HeldOn"/>.</param>
/// <param name="Experts">Experts who taught, by name and organisation (until the expert registry exists).</param>
/// <param name="FarmersTrained">Farmers trained (seed 002: 4,000 over 25 sessions).</param>
/// <param name="FarmersTrainedFromPoorHouseholds">Of them, farmers from registered poor households; at most <paramref name="FarmersTrained"/>.</param>
/// <param name="VillageCodes">The registered key villages whose farmers took part (seed 002: 128 villagers from 64 poor villages); may be empty.</param>
public sealed record RecordTraining(
    DateOnly HeldOn,
    string Place,
    string Topic,
    TrainingKind Kind,
    IReadOnlyList<string> EnvoyIds,
    IReadOnlyList<ExpertTrainer> Experts,
    int FarmersTrained,
    int FarmersTrainedFromPoorHouseholds,
    IReadOnlyList<string> VillageCodes)
{
    /// <param name="command">The command.</param>
    /// <param name="trainingId">The new training's id.</param>
    /// <param name="envoys">The envoys named in <see cref="EnvoyIds"/>, in that order.</param>
    /// <param name="villages">The villages named in <see cref="VillageCodes"/> (their existence is what is checked).</param>
    public static TrainingRecorded Decide(RecordTraining command, string trainingId, IReadOnlyList<Envoy> envoys, IReadOnlyList<Village> villages)
    {
        foreach (var envoy in envoys)
        {
            if (command.HeldOn < envoy.SelectedOn || envoy.WithdrawnOn is { } withdrawn && command.HeldOn > withdrawn)
            {
                throw TrainingErrors.TrainerNotServing.Because(
                    $"Envoy {envoy.Id} serves from {envoy.SelectedOn:yyyy-MM-dd}" +
                    (envoy.WithdrawnOn is { } last ? $" to {last:yyyy-MM-dd}" : "") +
                    $", not on {command.HeldOn:yyyy-MM-dd}.");
            }
        }

        return new TrainingRecorded(
            trainingId,
            command.Place,
            command.HeldOn,
            command.Topic.Trim(),
            command.Kind,
            [.. envoys.Select(e => new Trainer(e.Id, e.Name, e.Organisation)),
                .. command.Experts.Select(x => new Trainer(null, x.Name.Trim(), x.Organisation.Trim()))],
            command.FarmersTrained,
            command.FarmersTrainedFromPoorHouseholds,
            [.. villages.Select(v => v.Id)]);
    }
}

/// <summary>A training session was held at <paramref name="Place"/> on <paramref name="HeldOn"/>.</summary>
/// <param name="TrainingId">The training's id.</param>
/// <param name="Place">The village or township it was held at; where it counts.</param>
/// <param name="HeldOn">The business date it was held.</param>
/// <param name="Topic">What was taught.</param>
/// <param name="Kind">Classroom, field or online.</param>
/// <param name="Trainers">Who taught: envoys (with their id) and experts named as text.</param>
/// <param name="FarmersTrained">Farmers trained.</param>
/// <param name="FarmersTrainedFromPoorHouseholds">Of them, from registered poor households.</param>
/// <param name="VillageCodes">The key villages whose farmers took part.</param>
public sealed record TrainingRecorded(
    string TrainingId,
    string Place,
    DateOnly HeldOn,
    string Topic,
    TrainingKind Kind,
    IReadOnlyList<Trainer> Trainers,
    int FarmersTrained,
    int FarmersTrainedFromPoorHouseholds,
    IReadOnlyList<string> VillageCodes) : IEventOf<Training>, ICountedEvent
{
    public IEnumerable<FigureCount> Counts() =>
    [
        new(Figure.TrainingSessions, Place, HeldOn, 1),
        new(Figure.FarmersTrained, Place, HeldOn, FarmersTrained),
        new(Figure.FarmersTrainedFromPoorHouseholds, Place, HeldOn, FarmersTrainedFromPoorHouseholds),
    ];
}

public sealed class RecordTrainingValidator : AbstractValidator<RecordTraining>
{
    public RecordTrainingValidator()
    {
        RuleFor(x => x.HeldOn).MustBeBusinessDate();
        RuleFor(x => x.Place).MustBePlace();
        RuleFor(x => x.Topic).MustBeText(TrainingRules.MaxTopicLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.EnvoyIds).Cascade(CascadeMode.Stop).NotNull().Must(ids => ids.Count <= TrainingRules.MaxTrainers)
            .WithMessage($"'{{PropertyName}}' may name at most {TrainingRules.MaxTrainers} envoys.")
            .Must(ids => ids.Distinct(StringComparer.Ordinal).Count() == ids.Count)
            .WithMessage("'{PropertyName}' names an envoy twice.");
        RuleForEach(x => x.EnvoyIds).MustBeText(64);
        RuleFor(x => x.Experts).Cascade(CascadeMode.Stop).NotNull().Must(experts => experts.Count <= TrainingRules.MaxTrainers)
            .WithMessage($"'{{PropertyName}}' may name at most {TrainingRules.MaxTrainers} experts.");
        RuleForEach(x => x.Experts).NotNull().ChildRules(expert =>
        {
            expert.RuleFor(e => e.Name).MustBeText(TrainingRules.MaxTextLength);
            expert.RuleFor(e => e.Organisation).MustBeText(TrainingRules.MaxTextLength);
        });
        RuleFor(x => x.EnvoyIds.Count + x.Experts.Count).GreaterThan(0)
            .When(x => x.EnvoyIds is not null && x.Experts is not null)
            .OverridePropertyName(nameof(RecordTraining.EnvoyIds))
            .WithMessage("Name at least one trainer: an envoy in 'envoyIds' or an expert in 'experts'.");
        RuleFor(x => x.FarmersTrained).MustBeFarmersTrained();
        RuleFor(x => x.FarmersTrainedFromPoorHouseholds).GreaterThanOrEqualTo(0)
            .LessThanOrEqualTo(x => x.FarmersTrained)
            .WithMessage("'{PropertyName}' must be between 0 and the farmers trained.");
        RuleFor(x => x.VillageCodes).Cascade(CascadeMode.Stop).NotNull().Must(codes => codes.Count <= TrainingRules.MaxVillages)
            .WithMessage($"'{{PropertyName}}' may name at most {TrainingRules.MaxVillages} villages.")
            .Must(codes => codes.Distinct(StringComparer.Ordinal).Count() == codes.Count)
            .WithMessage("'{PropertyName}' names a village twice.")
            .Must((x, codes) => codes.Count <= x.FarmersTrained)
            .WithMessage("'{PropertyName}' names more villages than farmers were trained.");
        RuleForEach(x => x.VillageCodes).MustBeVillageCode();
    }
}
