using System.Net.Http.Json;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Demands;
using Fupin.EventSourced.Domain.Demands.Agreements;
using Fupin.EventSourced.Domain.Demands.Closing;
using Fupin.EventSourced.Domain.Demands.Matching;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.CorrectingDetails;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Withdrawing;
using Fupin.EventSourced.Domain.EquitySchemes.Dividends;
using Fupin.EventSourced.Domain.EquitySchemes.EndingTerm;
using Fupin.EventSourced.Domain.EquitySchemes.Enrolling;
using Fupin.EventSourced.Domain.EquitySchemes.Exiting;
using Fupin.EventSourced.Domain.EquitySchemes.Insuring;
using Fupin.EventSourced.Domain.Experts.CorrectingDetails;
using Fupin.EventSourced.Domain.Experts.Groups;
using Fupin.EventSourced.Domain.FieldWork.Activities;
using Fupin.EventSourced.Domain.FieldWork.Activities.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Brochures.Correcting;
using Fupin.EventSourced.Domain.FieldWork.DemandSurveys.Correcting;
using Fupin.EventSourced.Domain.FieldWork.NewsReports.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Recognitions;
using Fupin.EventSourced.Domain.FieldWork.Recognitions.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Correcting;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Erasing;
using Fupin.EventSourced.Domain.Households.Helping;
using Fupin.EventSourced.Domain.Households.Lifecycle;
using Fupin.EventSourced.Domain.Parks.Pairing;
using Fupin.EventSourced.Domain.Parks.Radiating;
using Fupin.EventSourced.Domain.Parks.RecordingJobs;
using Fupin.EventSourced.Domain.Technologies;
using Fupin.EventSourced.Domain.TownshipPlans;
using Fupin.EventSourced.Domain.TownshipPlans.ReportingProgress;
using Fupin.EventSourced.Domain.Trainings.Correcting;
using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Budgeting;
using Fupin.EventSourced.Domain.Projects.Correcting;
using Fupin.EventSourced.Domain.Villages.CorrectingName;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Indicators;
using Fupin.EventSourced.Domain.Indicators.Correcting;
using Fupin.EventSourced.Domain.Plans.Revising;
using Fupin.EventSourced.Domain.Plans.Targeting;
using Fupin.EventSourced.Domain.Reports.Approving;
using Fupin.EventSourced.Domain.Reports.Returning;
using Fupin.EventSourced.Domain.Reports.Submitting;
using Fupin.EventSourced.Domain.Reports.WithdrawingApproval;

namespace Fupin.EventSourced.Api.Tests.Security;

/// <summary>A request made ready for one endpoint: its path, a valid body and the If-Match of what it addresses.</summary>
/// <param name="BodyTargetsDivision">Whether the body itself names a division (a village code, a selecting division).</param>
public sealed record ArrangedRequest(string Path, object? Body, Type? BodyType, string? IfMatch, bool BodyTargetsDivision);

/// <summary>
/// Valid requests for every endpoint, aimed at a county: a value for every route parameter the API declares
/// (<see cref="RouteParameters"/>) and a valid body for every command. A new route parameter or command makes the
/// authorization matrix and the fuzz test fail until it has an arrangement here: that is the point, every
/// endpoint gets exercised in and out of scope.
/// </summary>
/// <param name="setup">An operator whose division covers the target county: registers, envoys, households.</param>
/// <param name="finance">A finance caller whose division covers the target county: projects and their funds, equity schemes.</param>
/// <param name="admin">An admin: indicator definitions.</param>
public sealed class RequestExamples(HttpClient setup, HttpClient finance, HttpClient admin)
{
    private static int _serial;
    private string? _targetedIndicator;
    private string? _submittedHash;

    /// <summary>The expert the arranged demand was matched to, whom an agreement's example names as responsible.</summary>
    private string? _matchedExpert;

    public async Task<ArrangedRequest> ArrangeAsync(string route, string? bodyName, string county)
    {
        var values = new Dictionary<string, string>();
        long? version = null;
        foreach (var parameter in RouteParametersOf(route))
        {
            if (!RouteParameters.Declared.ContainsKey(parameter))
            {
                throw new InvalidOperationException($"{route}: the route parameter {{{parameter}}} is not declared in {nameof(RouteParameters)}.");
            }

            (values[parameter], version) = parameter switch
            {
                "villageCode" => (await setup.RegisteredVillage(Codes.NewVillage(county)), 1L),
                "countyCode" or "divisionCode" => (county, version),
                "envoyId" => (await setup.RegisteredEnvoy(county), 1L),
                "assignmentId" => (await setup.AssignedToNewVillage(values["envoyId"], county), version + 1),
                "householdId" => (await setup.RegisteredHousehold(county), 1L),
                "schemeId" => (await finance.SetUpScheme(county), 1L),
                "personId" => ((await setup.GetHousehold(values["householdId"])).Head.PersonId, version),
                "targetPlanId" => (await admin.DrawnUpPlan(county), 1L),
                "indicatorCode" => (await admin.DefinedIndicator(), version ?? 1L),
                "introductionId" => (await setup.IntroducedTechnology(county), 1L),
                "activityId" => (await setup.RecordedActivity(county), 1L),
                "surveyId" => (await setup.RecordedDemandSurvey(county), 1L),
                "distributionId" => (await setup.RecordedDistribution(county), 1L),
                "newsReportId" => (await setup.RecordedNewsReport(county), 1L),
                "recognitionId" => (await setup.RecordedRecognition(county), 1L),
                "parkId" => (await setup.RegisteredPark(county), 1L),
                "platformId" => (await setup.FoundedPlatform(county), 1L),
                "planId" => (await setup.AdoptedPlan(county), 1L),
                "taskNumber" => ("1", version),
                "projectId" => (await finance.FundedProject(county), 3L),
                "transactionId" => (await finance.Disbursed(values["projectId"], ProjectScenarios.Payment(1.00m)), version + 1),
                "groupId" => (await setup.FormedGroup(county), 1L),
                "expertId" => values.TryGetValue("groupId", out var groupId)
                    ? (await setup.MemberOf(groupId, county), 2L)
                    : (await setup.RegisteredExpert(county), 1L),
                "technologyId" => (await setup.RegisteredTechnology(county), 1L),
                "demandId" => (await MatchedDemandAsync(county), 2L),
                "year" => ("2018", version),
                "date" => ("2018-12-31", version),
                "figure" => ("FarmersTrained", version),
                "trainingId" => (await setup.RecordedTraining(county), 1L),
                "consultationId" => (await setup.AskedConsultation(county), 1L),
                "informantId" => (await setup.RegisteredInformant(await setup.RegisteredVillage(Codes.NewVillage(county))), 1L),
                _ => throw new InvalidOperationException($"No arrangement for the route parameter {{{parameter}}}: add one to {nameof(RequestExamples)}."),
            };
        }

        if (route.EndsWith("/target-revisions", StringComparison.Ordinal))
        {
            _targetedIndicator = await admin.DefinedIndicator();
            await admin.TargetsSet(values["targetPlanId"], _targetedIndicator, 240, 240, 240);
            version = 2;
        }

        if (route.StartsWith("/api/reports/", StringComparison.Ordinal) && !route.EndsWith("/figures", StringComparison.Ordinal))
        {
            var wanted = route switch
            {
                _ when route.EndsWith("/submission", StringComparison.Ordinal) => Domain.Reports.ReportStatus.Open,
                _ when route.EndsWith("/approved", StringComparison.Ordinal) || route.EndsWith("/corrections", StringComparison.Ordinal)
                       || route.EndsWith("/approval-withdrawal", StringComparison.Ordinal) => Domain.Reports.ReportStatus.Approved,
                _ => Domain.Reports.ReportStatus.Submitted,
            };
            _submittedHash = (await setup.ReportIn(admin, values["countyCode"], 2018, wanted)).SubmittedHash;
        }

        var path = values.Aggregate(route, (current, value) => current.Replace('{' + value.Key + '}', value.Value, StringComparison.Ordinal));
        var (body, targets) = bodyName is null ? (null, false) : await BodyAsync(bodyName, county);
        if (bodyName is not null && values.TryGetValue("schemeId", out var schemeId))
        {
            (body, version) = await SchemeBodyAsync(bodyName, schemeId, county, version) ?? (body!, version);
        }

        return new ArrangedRequest(path, body, body?.GetType(), version is { } v ? ExpectedVersion.ETag(v) : null, targets);
    }

    private async Task<(object Body, bool TargetsDivision)> BodyAsync(string bodyName, string county) => bodyName switch
    {
        "RegisterVillage" => (VillageScenarios.NewRegistration(Codes.NewVillage(county)), true),
        "CorrectVillageName" => (new CorrectVillageName($"新名{Interlocked.Increment(ref _serial)}村", "matrix"), false),
        "RegisterEnvoy" => (EnvoyScenarios.NewEnvoy(county), true),
        "CorrectEnvoyDetails" => (new CorrectEnvoyDetails("matrix", Title: $"研究员{Interlocked.Increment(ref _serial)}"), false),
        "WithdrawEnvoy" => (new WithdrawEnvoy(new DateOnly(2019, 12, 31), "matrix"), false),
        "AssignEnvoy" => (new AssignEnvoy(await setup.RegisteredVillage(Codes.NewVillage(county)), new DateOnly(2018, 6, 1)), true),
        "EndAssignment" => (new EndAssignment(new DateOnly(2019, 6, 30), "matrix"), false),
        "RegisterHousehold" => (HouseholdScenarios.NewRegistration(await setup.RegisteredVillage(Codes.NewVillage(county))), true),
        "RecordLifecycleStep" => (new RecordLifecycleStep(LifecycleStep.ProposeExit, new DateOnly(2019, 5, 1), "matrix"), false),
        "AssignResponsibleHelper" => (new AssignResponsibleHelper(new DateOnly(2019, 1, 1), Name: "王帮扶", Unit: "淄川区农业农村局", Phone: "13712345678"), false),
        "RecordHelpMeasure" => (new RecordHelpMeasure(HelpKind.Industry, "提供能繁母猪 1 头", new DateOnly(2019, 4, 1), 2400.50m), false),
        "ErasePersonalData" => (new ErasePersonalData("matrix"), false),
        "DefineIndicator" => (PlanScenarios.NewIndicator(), false),
        "CorrectIndicator" => (new CorrectIndicator("选派科技特派员", $"Envoys selected {Interlocked.Increment(ref _serial)}", "人", Measure.Count,
            Direction.MoreIsBetter, new IndicatorSource(Figure.EnvoysSelected, null), "matrix"), false),
        "DrawUpPlan" => (PlanScenarios.NewPlan(county), true),
        "SetIndicatorTargets" => (new SetIndicatorTargets(await admin.DefinedIndicator(), null, [new YearValue(2018, 240)], new DateOnly(2018, 2, 1)), false),
        "ReviseTarget" => (new ReviseTarget(_targetedIndicator!, 2018, 250 + Interlocked.Increment(ref _serial), "matrix", new DateOnly(2019, 3, 1)), false),
        "SubmitReport" => (new SubmitReport("matrix"), false),
        "ApproveReport" => (new ApproveReport(_submittedHash!), false),
        "ReturnReport" => (new ReturnReport("matrix"), false),
        "WithdrawApproval" => (new WithdrawApproval("matrix"), false),
        "RecordTraining" => (FieldWorkScenarios.NewTraining(county, [await setup.RegisteredEnvoy(county)],
            [await setup.RegisteredVillage(Codes.NewVillage(county))]), true),
        "CorrectTraining" => (new CorrectTraining("matrix", FarmersTrained: 41 + Interlocked.Increment(ref _serial) % 1000), false),
        "AskConsultation" => (FieldWorkScenarios.NewQuestion(await setup.RegisteredVillage(Codes.NewVillage(county))), true),
        "AnswerConsultation" => (FieldWorkScenarios.NewAnswer(), false),
        "RegisterInformant" => (FieldWorkScenarios.NewInformant(await setup.RegisteredVillage(Codes.NewVillage(county))), true),
        "IntroduceTechnology" => (FieldWorkScenarios.NewIntroduction(await setup.RegisteredVillage(Codes.NewVillage(county))), true),
        "CorrectTechnologyIntroduction" => (new CorrectTechnologyIntroduction($"鲁研{Interlocked.Increment(ref _serial)}号", TechnologyKind.Variety, FieldWorkScenarios.April2018, "matrix"), false),
        "RecordActivity" => (FieldWorkScenarios.NewActivity(county), true),
        "CorrectActivity" => (new CorrectActivity(ActivityKind.Promotion, $"推广{Interlocked.Increment(ref _serial)}", "汀头村", FieldWorkScenarios.April2018, 10, "matrix"), false),
        "RecordDemandSurvey" => (FieldWorkScenarios.NewDemandSurvey(county), true),
        "CorrectDemandSurvey" => (new CorrectDemandSurvey(FieldWorkScenarios.April2018, 13 + Interlocked.Increment(ref _serial), "需求", "matrix"), false),
        "RecordBrochureDistribution" => (FieldWorkScenarios.NewDistribution(county), true),
        "CorrectBrochureDistribution" => (new CorrectBrochureDistribution("手册", "集市", FieldWorkScenarios.April2018, 100 + Interlocked.Increment(ref _serial), "matrix"), false),
        "RecordNewsReport" => (FieldWorkScenarios.NewNewsReport(county), true),
        "CorrectNewsReport" => (new CorrectNewsReport($"报道{Interlocked.Increment(ref _serial)}", "大众日报", FieldWorkScenarios.April2018, "https://www.dzwww.com/1", "matrix"), false),
        "Recognise" => (FieldWorkScenarios.NewRecognition(await setup.RegisteredVillage(Codes.NewVillage(county))), true),
        "CorrectRecognition" => (new CorrectRecognition(RecognitionKind.DemonstrationHousehold, FieldWorkScenarios.April2018, "matrix", $"张{Interlocked.Increment(ref _serial)}"), false),
        "RegisterPark" => (FieldWorkScenarios.NewPark(county), true),
        "PairParkWithVillage" => (new PairParkWithVillage(await setup.RegisteredVillage(Codes.NewVillage(county)), FieldWorkScenarios.April2018), true),
        "RecordParkRadiation" => (new RecordParkRadiation(await setup.RegisteredVillage(Codes.NewVillage(county)), FieldWorkScenarios.April2018), true),
        "RecordParkJobs" => (new RecordParkJobs(10, FieldWorkScenarios.April2018), false),
        "FoundPlatform" => (FieldWorkScenarios.NewPlatform(county), true),
        "AdoptTownshipPlan" => (FieldWorkScenarios.NewPlan(county), true),
        "ReportTaskProgress" => (new ReportTaskProgress(new DateOnly(2018, 9, 30), "完成遴选", PlanTaskStatus.InProgress, 40), false),
        "SetUpEquityScheme" => (EquitySchemeScenarios.Seed002(county), true),
        "EnrolHousehold" => (new EnrolHousehold(await setup.RegisteredHousehold(county), new DateOnly(2023, 1, 1)), true),
        "RecordDividendPaid" or "RecordDividendMissed" or "RecordInsurance" or "SettleExit" or "EndTerm" => (new object(), false),
        "RegisterProject" => (ProjectScenarios.NewProject(county), true),
        "ReviseBudget" => (new ReviseBudget(2023, BudgetLine.Materials, 1_000m + Interlocked.Increment(ref _serial), new DateOnly(2023, 8, 1), "matrix"), false),
        "RecordFundTransaction" => (ProjectScenarios.Incoming(FundTransactionType.Receipt, 100.00m), false),
        "DisburseFunds" => (ProjectScenarios.Payment(1.00m), false),
        "CorrectFundTransaction" => (new CorrectFundTransaction("matrix", Amount: 0.50m), false),
        "ChainHeadExport" => (await ChainHeadExportAsync(county), false),
        "RegisterExpert" => (RegistryScenarios.NewExpert(county), true),
        "CorrectExpertDetails" => (new CorrectExpertDetails("matrix", Title: $"教授{Interlocked.Increment(ref _serial)}"), false),
        "FormProfessionalGroup" => (RegistryScenarios.NewGroup(await setup.RegisteredExpert(county), county), true),
        "AddExpertToGroup" => (new AddExpertToGroup(await setup.RegisteredExpert(county), new DateOnly(2018, 5, 1)), true),
        "RemoveExpertFromGroup" => (new RemoveExpertFromGroup(new DateOnly(2018, 12, 31), "matrix"), false),
        "RegisterTechnology" => (RegistryScenarios.NewTechnology(county), true),
        "RegisterDemand" => (RegistryScenarios.NewDemand(await setup.RegisteredVillage(Codes.NewVillage(county))), true),
        "MatchDemand" => (new MatchDemand(new DateOnly(2018, 8, 1), ExpertId: await setup.RegisteredExpert(county)), true),
        "SignAgreement" => (new SignAgreement(_matchedExpert!, new DateOnly(2018, 9, 1), new DateOnly(2018, 9, 1), new DateOnly(2019, 8, 31)), false),
        "CloseDemand" => (new CloseDemand(DemandOutcome.Met, new DateOnly(2018, 12, 1), "matrix"), false),
        _ => throw new InvalidOperationException($"No example body for {bodyName}: add one to {nameof(RequestExamples)}."),
    };

    /// <summary>An export of one real project's chain head, as an auditor would have taken it.</summary>
    private async Task<ChainHeadExport> ExportOfOneAsync(string county)
    {
        var (project, _) = await finance.GetProject(await finance.FundedProject(county));
        return new ChainHeadExport(DateTimeOffset.UtcNow, FundChain.FormatTag, [new ChainHead(project.Id, project.DivisionCode, project.Version, project.ChainHead)]);
    }

    private Task<ChainHeadExport> ChainHeadExportAsync(string county) => ExportOfOneAsync(county);

    /// <summary>
    /// A command on one member of the scheme: a household enrolled first (the scheme moves on a version), then a body
    /// valid for it. Null for commands that need no member.
    /// </summary>
    private async Task<(object Body, long? Version)?> SchemeBodyAsync(string bodyName, string schemeId, string county, long? version)
    {
        if (bodyName == "EndTerm")
        {
            return (new EndTerm(new DateOnly(2025, 12, 31)), version);
        }

        if (bodyName is not ("RecordDividendPaid" or "RecordDividendMissed" or "RecordInsurance" or "SettleExit"))
        {
            return null;
        }

        var household = await finance.Enrolled(schemeId, await setup.RegisteredHousehold(county));
        object body = bodyName switch
        {
            "RecordDividendPaid" => new RecordDividendPaid(household, 1, new DateOnly(2023, 12, 31), 1_000.00m, "matrix"),
            "RecordDividendMissed" => new RecordDividendMissed(household, 1, new DateOnly(2023, 12, 31), "matrix"),
            "RecordInsurance" => new RecordInsurance(household, 1, "中国人寿", "matrix", 216.00m, 200_000.00m, new DateOnly(2023, 1, 1)),
            _ => new SettleExit(household, new DateOnly(2025, 12, 31), ExitSettlementKind.Refund, RefundAmount: 10_000.00m),
        };
        return (body, (version ?? 1) + 1);
    }

    /// <summary>A demand of the county matched to an expert of it (version 2), so every demand command can succeed on it.</summary>
    private async Task<string> MatchedDemandAsync(string county)
    {
        var demandId = await setup.RegisteredDemand(county);
        _matchedExpert = await setup.RegisteredExpert(county);
        await setup.MatchedTo(demandId, _matchedExpert);
        return demandId;
    }

    private static IEnumerable<string> RouteParametersOf(string route) =>
        System.Text.RegularExpressions.Regex.Matches(route, @"\{(\w+)\}").Select(m => m.Groups[1].Value);

    public static HttpRequestMessage ToMessage(string method, ArrangedRequest arranged)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), arranged.Path);
        if (arranged.Body is not null)
        {
            request.Content = JsonContent.Create(arranged.Body, arranged.BodyType!);
        }

        if (arranged.IfMatch is not null && method != "GET")
        {
            request.Headers.TryAddWithoutValidation("If-Match", arranged.IfMatch);
        }

        return request;
    }
}
