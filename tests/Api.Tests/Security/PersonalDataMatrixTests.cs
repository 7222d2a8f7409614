using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FluentAssertions.Execution;
using Fupin.EventSourced.Api.PersonalData;
using Fupin.EventSourced.Api.Security;
using Fupin.EventSourced.Api.Tests.Infrastructure;
using Fupin.EventSourced.Domain;
using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Helping;
using Fupin.EventSourced.Domain.Households.Registering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Fupin.EventSourced.Api.Tests.Security;

/// <summary>What a reader sees of a household's personal data.</summary>
public enum Sight
{
    /// <summary>Names, identity numbers and phones in clear; the view is recorded for auditors.</summary>
    Full,

    /// <summary>张*, 370302********1234, 138****1234; nothing recorded.</summary>
    Masked,

    /// <summary>The answer carries no personal data at all.</summary>
    None,
}

/// <summary>
/// Next to the authorization matrix: every household read endpoint (found in the running API, not listed by hand)
/// × every role in scope that may call it, and what each sees of the personal data: full or masked. A household
/// read endpoint without an expectation here fails the matrix.
/// </summary>
[Collection(ApiCollection.Name)]
public class PersonalDataMatrixTests(ApiFixture api, ITestOutputHelper output)
{
    private static readonly Func<string, Sight> OperatorsInClear = role => role == Roles.Operator ? Sight.Full : Sight.Masked;

    /// <summary>What each household read shows, by the caller's role.</summary>
    public static IReadOnlyDictionary<string, Func<string, Sight>> Expectations { get; } = new Dictionary<string, Func<string, Sight>>
    {
        ["GET /api/households/{householdId}"] = OperatorsInClear,
        ["GET /api/villages/{villageCode}/households"] = OperatorsInClear,
        ["GET /api/households/{householdId}/history"] = _ => Sight.Masked,
        ["GET /api/households/{householdId}/personal-data-views"] = _ => Sight.None,
        ["GET /api/households/divisions/{divisionCode}/years/{year}"] = _ => Sight.None,
        ["GET /api/households/divisions/{divisionCode}/without-helper"] = _ => Sight.None,
        ["GET /api/households/divisions/{divisionCode}/notices"] = _ => Sight.None,
    };

    private readonly HttpClient _operator = api.ClientAs(Roles.Operator);

    [Fact]
    public void Every_household_read_endpoint_has_an_expectation_and_every_expectation_an_endpoint()
    {
        var reads = HouseholdReads();

        reads.Select(e => e.ToString()).Where(e => !Expectations.ContainsKey(e)).Should()
            .BeEmpty("a household read endpoint needs a 'sees masked / sees full' expectation in {0}", nameof(PersonalDataMatrixTests));
        Expectations.Keys.Should().BeSubsetOf(reads.Select(e => e.ToString()), "an expectation names an endpoint the API no longer has");
    }

    [Fact]
    public void A_household_read_endpoint_without_an_expectation_fails_the_matrix()
    {
        var unknown = new MappedEndpoint(HttpMethods.Get, "/api/households/{householdId}/export", Policies.ReadRegisters, false, null, 200);

        Expectations.ContainsKey(unknown.ToString()).Should().BeFalse();
        IsHouseholdRead(unknown).Should().BeTrue();
    }

    [Fact]
    public async Task Every_household_read_shows_personal_data_in_full_only_to_operators_records_those_views_and_masks_it_for_every_other_role()
    {
        var (household, village) = await ArrangeAsync();
        var results = new List<string>();
        using (new AssertionScope())
        {
            foreach (var endpoint in HouseholdReads())
            {
                foreach (var role in Roles.All)
                {
                    if (!AccessSpec.RolesByPolicy[endpoint.Policy!].Contains(role))
                    {
                        continue;
                    }

                    var expected = Expectations[endpoint.ToString()](role);
                    var viewer = $"pd-matrix-{role}-{Guid.NewGuid():N}";
                    var response = await api.ClientAs(role, Codes.County, viewer).GetAsync(Path(endpoint.Route, household, village.Code));
                    var body = HouseholdScenarios.Readable(await response.Content.ReadAsStringAsync());
                    results.Add($"{endpoint} as {role}: {(int)response.StatusCode} {expected}");

                    response.StatusCode.Should().Be(HttpStatusCode.OK, $"{endpoint} as {role} answered {body}");
                    ShouldSee(expected, body, village, $"{endpoint} as {role}");
                    var views = (await ViewsOf(household.Id)).Where(v => v.Viewer == viewer).ToList();
                    if (expected == Sight.Full)
                    {
                        views.Should().ContainSingle($"{endpoint} as {role} showed personal data in clear").Which.Role.Should().Be(role);
                    }
                    else
                    {
                        views.Should().BeEmpty($"{endpoint} as {role} showed no personal data in clear");
                    }
                }
            }
        }

        results.Should().Contain(r => r.EndsWith(nameof(Sight.Full), StringComparison.Ordinal))
            .And.Contain(r => r.EndsWith(nameof(Sight.Masked), StringComparison.Ordinal));
        output.WriteLine(string.Join(Environment.NewLine, results));
    }

    private static void ShouldSee(Sight sight, string body, Arranged village, string because)
    {
        switch (sight)
        {
            case Sight.Full:
                body.Should().Contain(village.Head.IdentityNumber, because).And.Contain(village.Head.Name, because)
                    .And.Contain(village.Head.Phone, because).And.Contain(village.MemberIdentityNumber, because);
                break;
            case Sight.Masked:
                body.Should().Contain(IdentityNumbers.Mask(village.Head.IdentityNumber), because).And.Contain(PersonNames.Mask(village.Head.Name), because);
                body.Should().NotContainAny(village.Secrets, because);
                break;
            default:
                body.Should().NotContainAny(village.Secrets, because)
                    .And.NotContain(IdentityNumbers.Mask(village.Head.IdentityNumber), because)
                    .And.NotContain(PersonNames.Mask(village.Head.Name), because);
                break;
        }
    }

    /// <summary>
    /// A village with two households: one in public notice with a named helper, one without a helper, each with a
    /// head and a member whose values appear nowhere else.
    /// </summary>
    private async Task<(Written Household, Arranged Village)> ArrangeAsync()
    {
        var code = await _operator.RegisteredVillage();
        var first = Registration(code, "欧阳明远", "13766660001", "上官婉清");
        var second = Registration(code, "司马青衫", "13766660002", "司马长风");
        var id = await _operator.RegisteredHousehold(first);
        await _operator.RegisteredHousehold(second);
        await _operator.InNotice(id, new DateOnly(2019, 3, 15));
        (await _operator.PostHelper(id, new AssignResponsibleHelper(new DateOnly(2019, 1, 1), Name: "王帮扶", Unit: "镇政府", Phone: "13755556666")))
            .EnsureSuccessStatusCode();
        await api.WaitForProjectionsAsync();
        string[] secrets =
        [
            first.Head.Name, first.Head.IdentityNumber, first.Head.Phone, first.Members[0].Name, first.Members[0].IdentityNumber,
            second.Head.Name, second.Head.IdentityNumber, second.Head.Phone, second.Members[0].Name, second.Members[0].IdentityNumber,
            "13755556666",
        ];
        return (new Written(id), new Arranged(code, first.Head, first.Members[0].IdentityNumber, secrets));
    }

    private static RegisterHousehold Registration(string village, string head, string phone, string member) =>
        new(village, new HeadOfHousehold(head, HouseholdScenarios.NewIdentityNumber(), phone),
            [new HouseholdMember(member, Relation.Spouse, HouseholdScenarios.NewIdentityNumber(birthYear: 1983), 1983)],
            [PovertyCause.Illness], 2016);

    private async Task<List<PersonalDataView>> ViewsOf(string householdId) =>
        (await api.ClientAs(Roles.Auditor, division: null).GetFromJsonAsync<List<PersonalDataView>>($"/api/households/{householdId}/personal-data-views"))!;

    private static string Path(string route, Written household, string village) =>
        Regex.Replace(route, @"\{(\w+)\}", parameter => parameter.Groups[1].Value switch
        {
            "householdId" => household.Id,
            "villageCode" => village,
            "divisionCode" => Codes.County,
            "year" => "2016",
            var other => throw new InvalidOperationException($"No value for the route parameter {{{other}}} of {route}: add one to {nameof(PersonalDataMatrixTests)}."),
        });

    private List<MappedEndpoint> HouseholdReads() =>
        [.. MappedEndpoint.All(api.Factory.Services.GetRequiredService<EndpointDataSource>()).Where(IsHouseholdRead)];

    private static bool IsHouseholdRead(MappedEndpoint endpoint) =>
        endpoint.Method == HttpMethods.Get && endpoint.Route.Contains("households", StringComparison.Ordinal);

    private sealed record Written(string Id);

    private sealed record Arranged(string Code, HeadOfHousehold Head, string MemberIdentityNumber, string[] Secrets);
}
