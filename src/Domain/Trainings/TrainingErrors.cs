namespace Fupin.EventSourced.Domain.Trainings;

/// <summary>How the training register refuses commands and reads.</summary>
public static class TrainingErrors
{
    public static readonly DomainError NotFound = new("training.not-found", RefusalKind.NotFound, "Training not found");

    public static readonly DomainError TrainerNotServing =
        new("training.trainer-not-serving", RefusalKind.RuleViolation, "Trainer not serving on the training's date");

    public static readonly DomainError CorrectionUnchanged =
        new("training.correction-unchanged", RefusalKind.RuleViolation, "Training correction changes nothing");

    public static readonly DomainError PoorExceedTrained =
        new("training.poor-exceed-trained", RefusalKind.RuleViolation, "More farmers from poor households than farmers trained");

    public static readonly DomainError VillagesExceedTrained =
        new("training.villages-exceed-trained", RefusalKind.RuleViolation, "More villages than farmers trained");
}
