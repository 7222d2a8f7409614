namespace Fupin.EventSourced.Api.Demo;

/// <summary>
/// What the demo records in one year for the city: invented but plausible against the plans' targets (some met,
/// some not), except 2023's trainings, consultations and the anchor project's funds, which are seed 002's reported
/// figures. Consultations may be loaded at a stated scale (<see cref="ConsultationsAt"/>); everything else is loaded whole.
/// </summary>
public sealed record DemoYear(
    int Year,
    int Envoys,
    int Trainings,
    int FarmersTrained,
    int FromPoorHouseholds,
    int Consultations,
    int Online,
    int Unanswered,
    int DemandSurveys,
    int Activities,
    int Technologies,
    int Brochures,
    int NewsReports,
    int TechLeaders,
    int DemonstrationHouseholds,
    int StarMakerSpaces,
    int AgriStations,
    int EnvoyWorkStations,
    int Projects,
    int ParkPairings,
    int ParkJobs,
    int Experts)
{
    public static IReadOnlyList<DemoYear> All { get; } =
    [
        new(2018, 240, 20, 2_100, 640, 400, 60, 0, 2, 22, 21, 2_850, 12, 22, 27, 1, 9, 0, 10, 16, 52, 56),
        new(2019, 25, 18, 1_850, 560, 450, 70, 0, 1, 20, 18, 3_000, 9, 24, 25, 1, 8, 0, 9, 3, 20, 4),
        new(2020, 32, 21, 2_050, 610, 500, 80, 0, 2, 24, 22, 2_400, 11, 25, 26, 1, 11, 0, 11, 2, 15, 3),
        new(2021, 310, 22, 2_300, 420, 300, 60, 0, 0, 0, 23, 0, 0, 0, 0, 2, 15, 25, 21, 0, 0, 0),
        new(2022, 310, 20, 2_200, 380, 300, 70, 0, 0, 0, 19, 0, 0, 0, 0, 1, 12, 25, 20, 0, 0, 0),
        // Seed 002: "举办各种类型科技培训班25余期，培训农夫到达4000人次，接受科普询问达5000人次……在线询问45条";
        // "组织64个贫困村村民128人" on one course.
        new(2023, 280, 25, 4_000, 128, 5_000, 45, 12, 0, 0, 24, 0, 0, 0, 0, 2, 14, 28, 18, 0, 0, 0),
        new(2024, 305, 23, 2_500, 300, 350, 90, 0, 0, 0, 21, 0, 0, 0, 0, 1, 14, 26, 22, 0, 0, 0),
        new(2025, 300, 24, 2_600, 260, 400, 120, 0, 0, 0, 20, 0, 0, 0, 0, 2, 13, 25, 20, 0, 0, 0),
    ];

    public int Platforms => StarMakerSpaces + AgriStations + EnvoyWorkStations;

    /// <summary>The consultations loaded at <paramref name="scale"/> (1 = all): at least one, and the online ones and those left unanswered kept whole when they fit.</summary>
    public (int Asked, int Online, int Unanswered) ConsultationsAt(decimal scale)
    {
        var asked = Math.Max(1, (int)Math.Round(Consultations * scale, MidpointRounding.AwayFromZero));
        return (asked, Math.Min(Online, asked), Math.Min(Unanswered, asked));
    }
}
