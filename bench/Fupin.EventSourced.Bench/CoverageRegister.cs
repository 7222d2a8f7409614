using System.Globalization;
using Fupin.EventSourced.Api.EventStore;
using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Envoys.Assigning;
using Fupin.EventSourced.Domain.Envoys.EndingAssignment;
using Fupin.EventSourced.Domain.Envoys.Registering;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;
using JasperFx.Events;
using Marten.Events;

namespace Fupin.EventSourced.Bench;

/// <summary>A county of the generated register and how many key villages it has.</summary>
public sealed record County(string Code, int Villages);

/// <summary>
/// A generated register of key villages, envoys and their assignments, as event streams for a bulk load. The
/// same seed always gives the same register. Dates are business dates around the year the benchmark queries (2018).
/// </summary>
public sealed class CoverageRegister
{
    private const int VillagesPerTownship = 15;

    /// <summary>Counties per city in the generated codes; a province's counties fill its cities in turn.</summary>
    private const int CountiesPerCity = 10;

    /// <summary>Key villages per county at national scale (a county has tens to a hundred or so).</summary>
    private const int VillagesPerCounty = 60;

    /// <summary>
    /// The 31 provinces and their weight in the register: most have about as many key villages as Shandong (37), a few
    /// in the south-west and centre several times more, the municipalities few.
    /// </summary>
    private static readonly (string Code, double Weight)[] Provinces =
    [
        ("11", 0.25), ("12", 0.25), ("13", 1), ("14", 1), ("15", 1), ("21", 1), ("22", 1), ("23", 1), ("31", 0.25),
        ("32", 1), ("33", 1), ("34", 1), ("35", 1), ("36", 1), ("37", 1), ("41", 2), ("42", 1), ("43", 1), ("44", 1),
        ("45", 1), ("46", 1), ("50", 0.25), ("51", 2.5), ("52", 2), ("53", 2), ("54", 1), ("61", 1), ("62", 1),
        ("63", 1), ("64", 1), ("65", 1),
    ];

    /// <summary>Seed 001's city (Zibo): 474 key villages over its counties, 240 envoys selected in March 2018.</summary>
    public static CoverageRegister SeedScale(int villages = 474, int envoys = 240)
    {
        string[] counties = ["370302", "370303", "370304", "370305", "370306", "370321", "370322", "370323"];
        return new CoverageRegister(
            [.. counties.Select((code, i) => new County(code, Share(villages, counties.Length, i)))], envoys, nationwide: false);
    }

    /// <summary>Every province's key villages, about <paramref name="villages"/> in all, and <paramref name="envoys"/> envoys.</summary>
    public static CoverageRegister National(int villages, int envoys)
    {
        var weights = Provinces.Sum(p => p.Weight);
        var counties = new List<County>();
        foreach (var (province, weight) in Provinces)
        {
            var inProvince = (int)Math.Round(villages * weight / weights);
            for (var c = 0; c * VillagesPerCounty < inProvince; c++)
            {
                counties.Add(new County(
                    string.Create(CultureInfo.InvariantCulture, $"{province}{1 + (c / CountiesPerCity):D2}{1 + (c % CountiesPerCity):D2}"),
                    Math.Min(VillagesPerCounty, inProvince - (c * VillagesPerCounty))));
            }
        }

        return new CoverageRegister(counties, envoys, nationwide: true);
    }

    private readonly bool _nationwide;

    private CoverageRegister(IReadOnlyList<County> counties, int envoys, bool nationwide)
    {
        Counties = counties;
        Envoys = envoys;
        _nationwide = nationwide;
    }

    public IReadOnlyList<County> Counties { get; }
    public int Envoys { get; }
    public int VillageCount => Counties.Sum(c => c.Villages);

    /// <summary>Key villages under a division prefix (<c>37</c>, <c>3703</c>).</summary>
    public int VillagesUnder(string prefix) => Counties.Where(c => c.Code.StartsWith(prefix, StringComparison.Ordinal)).Sum(c => c.Villages);

    /// <summary>The province with the most key villages.</summary>
    public string LargestProvince => Counties.GroupBy(c => c.Code[..2]).MaxBy(g => g.Sum(c => c.Villages))!.Key;

    public static string VillageCode(County county, int index) => string.Create(CultureInfo.InvariantCulture,
        $"{county.Code}{101 + (index / VillagesPerTownship):D3}{1 + (index % VillagesPerTownship):D3}");

    /// <summary>Every village's stream: one registration each.</summary>
    public IEnumerable<Func<EventGraph, StreamAction>> VillageStreams() =>
        Counties.SelectMany(county => Enumerable.Range(0, county.Villages).Select(index => (Func<EventGraph, StreamAction>)(events =>
        {
            var code = VillageCode(county, index);
            var registered = new VillageRegistered(code, $"基准村{code}", county.Code, $"基准县{county.Code}", code[..9], $"基准镇{code[6..9]}");
            return Tagged(StreamAction.Start(events, code, [registered]), typeof(Village));
        })));

    /// <summary>
    /// Every envoy's stream: registration, then two or three assignments (one to three at seed scale) to villages of
    /// their county, some for a one-year term, some ended early. Envoys are spread over the counties in proportion
    /// to their villages; one in five is selected by the city.
    /// </summary>
    public IEnumerable<Func<EventGraph, StreamAction>> EnvoyStreams()
    {
        var villages = VillageCount;
        var first = 0;
        var villagesBefore = 0;
        foreach (var county in Counties)
        {
            villagesBefore += county.Villages;
            var last = (int)((long)Envoys * villagesBefore / villages);
            for (var number = first; number < last; number++)
            {
                var (c, k, n) = (county, number - first, last - first);
                var envoy = number;
                yield return events => Tagged(StreamAction.Start(events, EnvoyId(envoy), [.. EnvoyHistory(c, envoy, k, n)]), typeof(Envoy));
            }

            first = last;
        }
    }

    private IEnumerable<object> EnvoyHistory(County county, int number, int inCounty, int envoysInCounty)
    {
        var id = EnvoyId(number);
        var hash = Hash(number);
        var selectedOn = _nationwide ? new DateOnly(2016, 1, 1).AddDays((int)(hash % 1461)) : new DateOnly(2018, 3, 1);
        var division = number % 5 == 0 ? county.Code[..4] + "00" : county.Code;
        yield return new EnvoyRegistered(id, $"基准特派员{number}", "基准农业科学研究院", OrganisationKind.ResearchInstitute,
            (Specialty)(hash % 7), "高级农艺师", string.Create(CultureInfo.InvariantCulture, $"139{number % 100_000_000:D8}"),
            division, selectedOn);

        var assignments = _nationwide ? 2 + (int)(hash / 7 % 2) : 1 + (int)(hash / 7 % 3);
        var firstVillage = envoysInCounty == 0 ? 0 : inCounty * county.Villages / envoysInCounty;
        for (var j = 0; j < assignments; j++)
        {
            var village = VillageCode(county, (firstVillage + j) % county.Villages);
            var assignmentId = AssignmentId(number, j);
            var from = _nationwide ? selectedOn.AddDays(30 + (j * 120) + (int)(hash / 11 % 60)) : new DateOnly(2018, 6, 1).AddDays(j);
            DateOnly? until = j % 2 == 0 ? from.AddDays(364) : null;
            yield return new EnvoyAssigned(id, assignmentId, village, from, until);
            if ((hash / 13 + (uint)j) % 5 == 0)
            {
                var on = from.AddDays(30 + (int)(hash / 17 % 200));
                yield return new AssignmentEnded(id, assignmentId, village, until is { } u && u < on ? u : on, "benchmark: village merged");
            }
        }
    }

    private static StreamAction Tagged(StreamAction action, Type aggregate)
    {
        action.AggregateType = aggregate;
        foreach (var e in action.Events)
        {
            e.UserName = "bench-coverage";
            e.CorrelationId = "bench-coverage";
            e.SetHeader(CommandContext.RoleHeader, "operator");
        }

        return action;
    }

    private static string EnvoyId(int number) => new Guid(number, 0, 0x7000, 0x80, 0, 0, 0, 0, 0, 0, 0).ToString();

    private static string AssignmentId(int number, int j) => new Guid(number, (short)j, 0x7001, 0x80, 0, 0, 0, 0, 0, 0, 0).ToString();

    private static uint Hash(int number) => unchecked((uint)number * 2654435761u) >> 3;

    private static int Share(int total, int parts, int index) => (total * (index + 1) / parts) - (total * index / parts);
}
