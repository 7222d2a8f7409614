using System.Net;
using System.Net.Http.Json;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain.Experts.Groups;

namespace Fupin.EventSourced.Api.Tests.Registries;

[Collection(ApiCollection.Name)]
public class ProfessionalGroupTests(ApiFixture api)
{
    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public async Task A_formed_group_is_led_by_its_leader_who_joins_it_in_the_same_transaction()
    {
        var leader = await _operator.RegisteredExpert();

        var response = await _operator.PostAsJsonAsync("/api/professional-groups", RegistryScenarios.NewGroup(leader));

        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var groupId = (await response.Written()).Id;
        response.Headers.Location!.ToString().Should().Be($"/api/professional-groups/{groupId}");
        var group = await _operator.GetGroup(groupId);
        group.LeaderExpertId.Should().Be(leader);
        group.Experts.Select(e => e.Id).Should().Equal(leader);
        (await _operator.GetExpert(leader)).Should().BeEquivalentTo(new { GroupId = groupId, JoinedGroupOn = new DateOnly(2018, 4, 1), Version = 2L });
    }

    [Fact]
    public async Task Members_join_and_leave_and_the_group_lists_its_experts_with_phones_masked_for_analysts()
    {
        var groupId = await _operator.FormedGroup();
        var member = await _operator.MemberOf(groupId);

        var group = await api.ClientAs(Roles.Analyst).GetGroup(groupId);
        group.Experts.Should().HaveCount(2).And.Contain(e => e.Id == member);
        group.Experts.Should().OnlyContain(e => e.Phone == "139****5678");

        var removed = await _operator.SendAsync(RegistryScenarios.Command($"/api/professional-groups/{groupId}/members/{member}/removal",
            new RemoveExpertFromGroup(new DateOnly(2018, 12, 31), "moved to the grain group"), ifMatch: "\"2\""));
        removed.StatusCode.Should().Be(HttpStatusCode.OK, await removed.Content.ReadAsStringAsync());
        (await _operator.GetGroup(groupId)).Experts.Should().NotContain(e => e.Id == member);
        (await _operator.GetExpert(member)).GroupId.Should().BeNull();
    }

    [Fact]
    public async Task An_expert_in_one_group_cannot_join_another_and_nothing_is_written()
    {
        var first = await _operator.FormedGroup();
        var second = await _operator.FormedGroup();
        var member = await _operator.MemberOf(first);
        var before = await api.HighWaterMarkAsync();

        var problem = await (await _operator.PostMember(second, member)).ShouldBeProblem(HttpStatusCode.Conflict, "expert.already-in-group");

        problem.Detail.Should().Contain(first);
        (await api.HighWaterMarkAsync()).Should().Be(before);
    }

    [Fact]
    public async Task The_leader_cannot_be_removed_and_a_non_member_cannot_be_removed()
    {
        var groupId = await _operator.FormedGroup();
        var leader = (await _operator.GetGroup(groupId)).LeaderExpertId;
        var outsider = await _operator.RegisteredExpert();
        var removal = new RemoveExpertFromGroup(new DateOnly(2018, 12, 31), "moved");

        await (await _operator.PostAsJsonAsync($"/api/professional-groups/{groupId}/members/{leader}/removal", removal))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "group.leader-cannot-leave");
        await (await _operator.PostAsJsonAsync($"/api/professional-groups/{groupId}/members/{outsider}/removal", removal))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "expert.not-in-group");
    }

    [Fact]
    public async Task Unknown_leaders_groups_and_members_are_404s()
    {
        var groupId = await _operator.FormedGroup();

        await (await _operator.PostAsJsonAsync("/api/professional-groups", RegistryScenarios.NewGroup(Guid.NewGuid().ToString())))
            .ShouldBeProblem(HttpStatusCode.NotFound, "expert.not-found");
        await (await _operator.GetAsync($"/api/professional-groups/{Guid.NewGuid()}")).ShouldBeProblem(HttpStatusCode.NotFound, "group.not-found");
        await (await _operator.PostMember(groupId, Guid.NewGuid().ToString())).ShouldBeProblem(HttpStatusCode.NotFound, "expert.not-found");
    }

    [Fact]
    public async Task A_county_group_takes_no_expert_of_another_county_and_a_county_operator_cannot_add_one()
    {
        var city = api.ClientAs(Roles.Operator, Codes.City);
        var countyGroup = await city.FormedGroup(Codes.County);
        var foreign = await city.RegisteredExpert(Codes.OtherCounty);

        await (await city.PostMember(countyGroup, foreign)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "expert.outside-group-division");
        await (await _operator.PostMember(countyGroup, foreign)).ShouldBeProblem(HttpStatusCode.Forbidden, "scope.denied");
    }

    [Fact]
    public async Task A_city_group_takes_its_counties_experts()
    {
        var city = api.ClientAs(Roles.Operator, Codes.City);
        var cityGroup = await city.FormedGroup(Codes.City);

        var member = await city.MemberOf(cityGroup, Codes.OtherCounty);

        (await city.GetGroup(cityGroup)).Experts.Should().Contain(e => e.Id == member && e.DivisionCode == Codes.OtherCounty);
    }

    [Fact]
    public async Task A_membership_with_a_bad_date_is_a_400_naming_it()
    {
        var groupId = await _operator.FormedGroup();

        var problem = await (await _operator.PostAsJsonAsync($"/api/professional-groups/{groupId}/members",
            new { expertId = "x", on = "2018-02-30" })).ShouldBeProblem(HttpStatusCode.BadRequest, "request.invalid");

        problem.Detail.Should().Contain("$.on");
    }
}
