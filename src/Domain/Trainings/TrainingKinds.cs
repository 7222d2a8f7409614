using System.Text.Json.Serialization;

namespace Fupin.EventSourced.Domain.Trainings;

/// <summary>How a training was held (seed 000/002: 科技培训 in a classroom, 田间讲解/地头培训 in the field, or online).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TrainingKind>))]
public enum TrainingKind
{
    Classroom,
    Field,
    Online,
}

/// <summary>
/// Who taught: an envoy of the register (<paramref name="EnvoyId"/> set; name and organisation as the register held
/// them on the day the training was recorded), or an expert named as text until the expert registry exists.
/// </summary>
/// <param name="EnvoyId">The envoy's id, or null for an expert named as text.</param>
/// <param name="Name">The trainer's name.</param>
/// <param name="Organisation">The trainer's organisation.</param>
public sealed record Trainer(string? EnvoyId, string Name, string Organisation);

/// <summary>An expert who taught, named as text (the expert registry is not built yet).</summary>
/// <param name="Name">The expert's name, e.g. <c>李明</c>.</param>
/// <param name="Organisation">The expert's organisation, e.g. <c>山东农业大学</c>.</param>
public sealed record ExpertTrainer(string Name, string Organisation);
