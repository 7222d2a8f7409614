using System.Net;
using Fupin.EventSourced.Api.FieldWork;
using Fupin.EventSourced.Api.Reporting;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.FieldWork.Technologies.Correcting;
using Fupin.EventSourced.Domain.FieldWork.Technologies;
using Fupin.EventSourced.Domain.Technologies;
using Microsoft.AspNetCore.Mvc;
using static Fupin.EventSourced.Api.Tests.Infrastructure.FieldWorkScenarios;

namespace Fupin.EventSourced.Api.Tests.FieldWork;

/// <summary>
/// The full round of one field fact over HTTP: record, read, list, correct (If-Match), refusals and retries. The other
/// kinds share the door and differ only in their values; <see cref="FieldFactTests"/> covers what is their own.
/// </summary>
[Collection(ApiCollection.Name)]
public class TechnologyIntroductionTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task An_introduction_is_a_201_readable_with_its_etag()
    {
        var village = await _operator.RegisteredVillage();

        var response = await _operator.Send("/api/technology-introductions", NewIntroduction(village));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var written = await response.Written();
        response.Headers.Location!.ToString().Should().Be($"/api/technology-introductions/{written.Id}");
        var (fact, etag) = await _operator.Read<FieldFact<TechnologyDetails>>($"/api/technology-introductions/{written.Id}");
        etag.Should().Be("\"1\"");
        fact.Should().Be(new FieldFact<TechnologyDetails>(written.Id, village, new TechnologyDetails("鲁研 1 号黄瓜", TechnologyKind.Variety, April2018), 0, 1));
    }

    [Fact]
    public async Task A_correction_with_if_match_replaces_the_values_and_a_stale_or_missing_one_is_refused()
    {
        var id = await _operator.IntroducedTechnology();
        var correction = new CorrectTechnologyIntroduction("鲁研 2 号黄瓜", TechnologyKind.Variety, new DateOnly(2019, 3, 1), "wrong variety");

        await (await _operator.Send($"/api/technology-introductions/{id}/corrections", correction)).ShouldBeProblem(HttpStatusCode.PreconditionRequired, "version.required");
        var corrected = await _operator.Send($"/api/technology-introductions/{id}/corrections", correction, ifMatch: "\"1\"");
        var stale = await _operator.Send($"/api/technology-introductions/{id}/corrections", correction with { Title = "又一个" }, ifMatch: "\"1\"");

        corrected.StatusCode.Should().Be(HttpStatusCode.OK);
        corrected.Headers.ETag!.Tag.Should().Be("\"2\"");
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed, "version.stale");
        var (fact, _) = await _operator.Read<FieldFact<TechnologyDetails>>($"/api/technology-introductions/{id}");
        (fact.Details.Title, fact.Details.IntroducedOn, fact.Corrections, fact.Version).Should().Be(("鲁研 2 号黄瓜", new DateOnly(2019, 3, 1), 1, 2));
    }

    [Fact]
    public async Task A_correction_that_changes_nothing_is_a_422()
    {
        var id = await _operator.IntroducedTechnology();

        var response = await _operator.Send($"/api/technology-introductions/{id}/corrections",
            new CorrectTechnologyIntroduction("鲁研 1 号黄瓜", TechnologyKind.Variety, April2018, "again"), ifMatch: "\"1\"");

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "field-fact.correction-unchanged");
    }

    [Fact]
    public async Task An_unknown_record_is_a_404_to_read_and_to_correct()
    {
        var id = Guid.CreateVersion7().ToString();

        await (await _operator.GetAsync($"/api/technology-introductions/{id}")).ShouldBeProblem(HttpStatusCode.NotFound, "technology-introduction.not-found");
        await (await _operator.Send($"/api/technology-introductions/{id}/corrections",
            new CorrectTechnologyIntroduction("x", TechnologyKind.Variety, April2018, "r"), ifMatch: "\"1\"")).ShouldBeProblem(HttpStatusCode.NotFound, "technology-introduction.not-found");
    }

    [Fact]
    public async Task An_unknown_village_is_a_404_and_bad_input_a_400_naming_the_field_and_neither_writes_anything()
    {
        var before = await api.HighWaterMarkAsync();

        await (await _operator.Send("/api/technology-introductions", NewIntroduction(Codes.NewVillage()))).ShouldBeProblem(HttpStatusCode.NotFound, "village.not-found");
        var invalid = await _operator.Send("/api/technology-introductions", NewIntroduction(await _operator.RegisteredVillage()) with { Title = " ", IntroducedOn = new DateOnly(2108, 1, 1) });

        var problem = await invalid.ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
        problem.Should().BeOfType<ValidationProblemDetails>().Which.Errors.Keys.Should().BeEquivalentTo("title", "introducedOn");
        (await api.HighWaterMarkAsync()).Should().Be(before + 1, "only the village registered in between was written");
    }

    [Fact]
    public async Task A_village_outside_the_callers_division_is_refused_and_its_record_unreadable()
    {
        var other = api.ClientAs(Roles.Operator, Codes.OtherCounty);
        var village = await other.RegisteredVillage(Codes.NewVillage(Codes.OtherCounty));
        var id = await other.Created("/api/technology-introductions", NewIntroduction(village));

        await (await _operator.Send("/api/technology-introductions", NewIntroduction(village))).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
        (await _operator.GetAsync($"/api/technology-introductions/{id}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_is_answered_again_and_records_once()
    {
        var command = NewIntroduction(await _operator.RegisteredVillage());
        var key = Guid.NewGuid().ToString();

        var first = await _operator.Send("/api/technology-introductions", command, idempotencyKey: key);
        var retry = await _operator.Send("/api/technology-introductions", command, idempotencyKey: key);

        first.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.StatusCode.Should().Be(HttpStatusCode.Created);
        retry.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await retry.Written()).Id.Should().Be((await first.Written()).Id);
    }

    [Fact]
    public async Task A_divisions_year_is_listed_by_date_a_page_at_a_time()
    {
        const string county = "370882";
        var client = api.ClientAs(Roles.Operator, county);
        var village = await client.RegisteredVillage(Codes.NewVillage(county));
        var ids = new List<string>();
        foreach (var day in new[] { 3, 1, 2 })
        {
            ids.Add(await client.Created("/api/technology-introductions", NewIntroduction(village, new DateOnly(2017, 5, day))));
        }

        await client.Created("/api/technology-introductions", NewIntroduction(village, new DateOnly(2016, 5, 1)));

        var (first, _) = await client.Read<Page<FieldFact<TechnologyDetails>>>($"/api/technology-introductions/divisions/{county}/years/2017?pageSize=2");
        var (second, _) = await client.Read<Page<FieldFact<TechnologyDetails>>>($"/api/technology-introductions/divisions/{county}/years/2017?page=2&pageSize=2");

        first.Total.Should().Be(3);
        first.Items.Select(f => f.Id).Should().Equal(ids[1], ids[2]);
        second.Items.Select(f => f.Id).Should().Equal(ids[0]);
        await (await client.GetAsync($"/api/technology-introductions/divisions/{county}/years/2017?pageSize=501")).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");
    }
}
