namespace Fupin.EventSourced.Bench;

/// <summary>
/// Shares of the commands an HTTP client sends after its set-up. They add up to 1; a command that cannot be sent
/// yet (no open assignment to end) is sent as the next kind that can.
/// </summary>
public sealed record CommandMix(
    string Name,
    double RegisterVillage,
    double CorrectName,
    double RegisterEnvoy,
    double AssignEnvoy,
    double EndAssignment,
    int InitialEnvoysPerClient,
    double RegisterHousehold = 0,
    double StepHousehold = 0,
    double RecordTraining = 0,
    double AskConsultation = 0,
    double AnswerConsultation = 0)
{
    /// <summary>
    /// The village-only mix every earlier run measured (20 % register, 80 % name correction): kept as its own row so
    /// the ratio stays comparable with earlier runs and with the envoy mix of the same run.
    /// </summary>
    public static CommandMix Villages(double registerShare) =>
        new("villages", registerShare, 1 - registerShare, 0, 0, 0, InitialEnvoysPerClient: 0);

    /// <summary>
    /// Villages and envoys: mostly the village register's everyday traffic, plus the envoy commands in the
    /// proportions a county office enters them (an envoy is registered once, assigned to two or three villages,
    /// and a few assignments end early). Assignments are the second shape: a decision over the envoy and the
    /// village, appending to one and share-locking the other.
    /// </summary>
    public static CommandMix WithEnvoys { get; } = new("villages and envoys", 0.15, 0.50, 0.10, 0.20, 0.05, InitialEnvoysPerClient: 8);

    /// <summary>
    /// Villages and households: 15 % register village, 40 % name correction, 25 % register a household (a new head
    /// each time, one member besides the head, in one of the client's villages), 20 % a lifecycle step of one of the
    /// client's households (each walks the exit path, propose to release, one step at a time, with If-Match).
    /// </summary>
    public static CommandMix WithHouseholds { get; } = new("villages and households", 0.15, 0.40, 0, 0, 0, InitialEnvoysPerClient: 0,
        RegisterHousehold: 0.25, StepHousehold: 0.20);

    /// <summary>
    /// Villages and field work: 15 % register village, 40 % name correction, 15 % record a training (one of the
    /// client's envoys and an expert teaching, two of its villages taking part: a decision reading three streams and
    /// starting a fourth), and a consultation pair, 15 % ask a question in one of its villages and 15 % answer one of
    /// its open questions (with If-Match).
    /// </summary>
    public static CommandMix WithFieldWork { get; } = new("villages and field work", 0.15, 0.40, 0, 0, 0, InitialEnvoysPerClient: 2,
        RecordTraining: 0.15, AskConsultation: 0.15, AnswerConsultation: 0.15);

    public bool HasHouseholds => RegisterHousehold > 0 || StepHousehold > 0;

    public bool HasFieldWork => RecordTraining > 0 || AskConsultation > 0 || AnswerConsultation > 0;

    public string Describe(IFormatProvider format) => string.Join(", ", new[]
        {
            (RegisterVillage, "register village"), (CorrectName, "name correction with If-Match"),
            (RegisterEnvoy, "register envoy"), (AssignEnvoy, "assign envoy with If-Match"),
            (EndAssignment, "end assignment with If-Match"), (RegisterHousehold, "register household"),
            (StepHousehold, "lifecycle step with If-Match"), (RecordTraining, "record training"),
            (AskConsultation, "ask consultation"), (AnswerConsultation, "answer consultation with If-Match"),
        }
        .Where(s => s.Item1 > 0)
        .Select(s => string.Format(format, "{0:0} % {1}", s.Item1 * 100, s.Item2)));
}
