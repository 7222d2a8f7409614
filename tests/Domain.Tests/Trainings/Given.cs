using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Domain.Trainings;
using Fupin.EventSourced.Domain.Trainings.Recording;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Trainings;

/// <summary>Starting states for training specs, built from their events.</summary>
internal static class Given
{
    public const string TrainingId = "0196f1c2-7a00-7000-8000-0000000000a1";
    public const string EnvoyId = "0196f1c2-7a00-7000-8000-0000000000e1";
    public const string Township = "370302101";
    public const string Village = "370302101001";
    public const string OtherVillage = "370302101002";

    public static readonly DateOnly HeldOn = new(2023, 4, 12);

    public static Envoy Envoy(DateOnly? selectedOn = null, DateOnly? withdrawnOn = null)
    {
        object[] events = withdrawnOn is { } w
            ? [Registered(selectedOn), new EnvoyWithdrawn(EnvoyId, w, "retired")]
            : [Registered(selectedOn)];
        return events.Aggregate((Envoy?)null, Domain.Envoys.Envoy.Evolve)!;
    }

    private static EnvoyRegistered Registered(DateOnly? selectedOn) =>
        new(EnvoyId, "王建国", "淄博市农业科学研究院", OrganisationKind.ResearchInstitute, Specialty.Vegetables, "高级农艺师",
            "13812341234", "370302", selectedOn ?? new DateOnly(2018, 3, 1));

    public static Village KeyVillage(string code = Village) =>
        Domain.Villages.Village.Evolve(null, new VillageRegistered(code, "汀头村", code[..6], "淄川区", code[..9], "注滋口镇"));

    public static RecordTraining Command(int trained = 128, int poor = 100, IReadOnlyList<string>? envoys = null,
        IReadOnlyList<ExpertTrainer>? experts = null, IReadOnlyList<string>? villages = null, string place = Township) =>
        new(HeldOn, place, " 大棚蔬菜病虫害绿色防控 ", TrainingKind.Field, envoys ?? [EnvoyId], experts ?? [new ExpertTrainer("李明", "山东农业大学")],
            trained, poor, villages ?? [Village, OtherVillage]);

    public static TrainingRecorded Recorded(int trained = 128, int poor = 100, IReadOnlyList<string>? villages = null) =>
        new(TrainingId, Township, HeldOn, "大棚蔬菜病虫害绿色防控", TrainingKind.Field,
            [new Trainer(EnvoyId, "王建国", "淄博市农业科学研究院"), new Trainer(null, "李明", "山东农业大学")],
            trained, poor, villages ?? [Village, OtherVillage]);

    public static Training TrainingFrom(params object[] events) =>
        events.Aggregate((Training?)null, Training.Evolve) ?? throw new ArgumentException("No events.", nameof(events));
}
