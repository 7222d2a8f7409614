using System.Net;
using Fupin.EventSourced.Api.Parks.Reading;
using Fupin.EventSourced.Api.Platforms.Reading;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Parks.Pairing;
using Fupin.EventSourced.Domain.Parks.Radiating;
using Fupin.EventSourced.Domain.Parks.RecordingJobs;
using Fupin.EventSourced.Domain.Platforms;
using static Fupin.EventSourced.Api.Tests.Infrastructure.FieldWorkScenarios;

namespace Fupin.EventSourced.Api.Tests.Parks;

[Collection(ApiCollection.Name)]
public class ParkTests(ApiFixture api)
{
    private static readonly DateOnly June = new(2018, 6, 1);
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    /// <summary>Seed 001: a provincial park paired with at least 2 key villages, radiating to about 5, creating jobs.</summary>
    [Fact]
    public async Task A_park_pairs_with_villages_radiates_and_creates_jobs_and_the_ledger_counts_them()
    {
        const string county = "370884";
        var client = api.ClientAs(Roles.Operator, county);
        var park = await client.RegisteredPark(county);
        var first = await client.RegisteredVillage(Codes.NewVillage(county));
        var second = await client.RegisteredVillage(Codes.NewVillage(county));
        var radiated = await client.RegisteredVillage(Codes.NewVillage(county));

        (await client.Send($"/api/parks/{park}/pairings", new PairParkWithVillage(first, June))).StatusCode.Should().Be(HttpStatusCode.OK);
        (await client.Send($"/api/parks/{park}/pairings", new PairParkWithVillage(second, June), ifMatch: "\"2\"")).StatusCode.Should().Be(HttpStatusCode.OK);
        var again = await client.Send($"/api/parks/{park}/pairings", new PairParkWithVillage(first, June.AddDays(5)));
        (await client.Send($"/api/parks/{park}/radiations", new RecordParkRadiation(radiated, June))).StatusCode.Should().Be(HttpStatusCode.OK);
        var jobs = await client.Send($"/api/parks/{park}/jobs", new RecordParkJobs(30, new DateOnly(2018, 10, 1)));
        await client.Created($"/api/parks/{park}/jobs", new RecordParkJobs(20, new DateOnly(2018, 12, 1)));

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "park.already-paired");
        jobs.StatusCode.Should().Be(HttpStatusCode.Created);
        var (view, etag) = await client.Read<ParkView>($"/api/parks/{park}");
        view.Pairings.Select(p => p.VillageCode).Should().Equal(first, second);
        view.Radiations.Select(p => p.VillageCode).Should().Equal(radiated);
        (view.JobsCreated, etag).Should().Be((50, "\"6\""));
        (await client.Read<IReadOnlyList<ParkView>>($"/api/parks/divisions/{county}")).Body.Select(p => p.Id).Should().Equal(park);
        await api.WaitForProjectionsAsync();
        var figures = (await client.Figures(county, 2018)).Figures;
        (figures[Figure.ParkVillagePairings], figures[Figure.JobsCreated]).Should().Be((2m, 50m));
    }

    [Fact]
    public async Task Pairing_an_unknown_park_or_village_is_a_404_and_a_village_outside_the_callers_division_a_403()
    {
        var park = await _operator.RegisteredPark();
        var village = await _operator.RegisteredVillage();
        var outside = await api.ClientAs(Roles.Operator, Codes.OtherCounty).RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));

        await (await _operator.Send($"/api/parks/{Guid.CreateVersion7()}/pairings", new PairParkWithVillage(village, June)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "park.not-found");
        await (await _operator.Send($"/api/parks/{park}/pairings", new PairParkWithVillage(Codes.NewVillage(), June)))
            .ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
        await (await _operator.Send($"/api/parks/{park}/pairings", new PairParkWithVillage(outside, June)))
            .ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        await (await _operator.Send($"/api/parks/{park}/pairings", new PairParkWithVillage(village, June), ifMatch: "\"7\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        (await _operator.Read<ParkView>($"/api/parks/{park}")).Body.Pairings.Should().BeEmpty();
    }

    [Fact]
    public async Task Jobs_must_be_at_least_one()
    {
        var park = await _operator.RegisteredPark();

        await (await _operator.Send($"/api/parks/{park}/jobs", new RecordParkJobs(0, June))).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }

    [Fact]
    public async Task A_platform_counts_in_platforms_founded_and_in_its_kinds_figure_and_is_listed()
    {
        const string county = "370885";
        var client = api.ClientAs(Roles.Operator, county);
        var star = await client.Created("/api/platforms", NewPlatform(county, PlatformKind.StarMakerSpace));
        var station = await client.Created("/api/platforms", NewPlatform(county, PlatformKind.AgriStation) with { Level = PlatformLevel.Provincial });

        var (page, _) = await client.Read<Page<PlatformView>>($"/api/platforms/divisions/{county}/years/2018");
        page.Items.Select(p => p.Id).Should().BeEquivalentTo([star, station]);
        await api.WaitForProjectionsAsync();
        var figures = (await client.Figures(county, 2018)).Figures;
        (figures[Figure.PlatformsFounded], figures[Figure.StarMakerSpacesFounded], figures[Figure.AgriStationsFounded], figures[Figure.EnvoyWorkStationsFounded])
            .Should().Be((2m, 1m, 1m, 0m));
        await (await client.GetAsync($"/api/platforms/{Guid.CreateVersion7()}")).ShouldBeProblem(HttpStatusCode.NotFound, "platform.not-found");
    }
}
