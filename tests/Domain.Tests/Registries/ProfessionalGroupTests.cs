using Fupin.EventSourced.Domain.Envoys;
using Fupin.EventSourced.Domain.Experts;
using Fupin.EventSourced.Domain.Experts.Groups;
using Fupin.EventSourced.Domain.Figures;
using static Fupin.EventSourced.Domain.Tests.Registries.Given;

namespace Fupin.EventSourced.Domain.Tests.Registries;

public class FormProfessionalGroupTests
{
    private static readonly FormProfessionalGroup Command = new(" 蔬菜专业服务小组 ", Specialty.Vegetables, City, ExpertId, FormedOn);

    [Fact]
    public void Forming_a_group_starts_its_stream_and_the_leader_joins_it_the_same_day()
    {
        var decision = FormProfessionalGroup.Decide(Command, GroupId, RegisteredExpert());

        decision.Changes.Should().HaveCount(2);
        decision.Changes[0].Should().BeEquivalentTo(new { StreamId = GroupId, StartsAs = typeof(ProfessionalGroup) });
        decision.Changes[0].Events.Should().Equal(new ProfessionalGroupFormed(GroupId, "蔬菜专业服务小组", Specialty.Vegetables, City, ExpertId, FormedOn));
        decision.Changes[1].Should().BeEquivalentTo(new { StreamId = ExpertId, StartsAs = (Type?)null });
        decision.Changes[1].Events.Should().Equal(new ExpertJoinedGroup(ExpertId, GroupId, FormedOn));
    }

    [Fact]
    public void A_formed_group_counts_one_group_for_its_division_on_its_date()
    {
        GroupFormed().Counts().Should().Equal(new FigureCount(Figure.ProfessionalGroupsFormed, City, FormedOn, 1));
    }

    [Fact]
    public void A_leader_already_in_a_group_is_refused()
    {
        var decide = () => FormProfessionalGroup.Decide(Command, GroupId, RegisteredExpert(new ExpertJoinedGroup(ExpertId, OtherGroupId, FormedOn)));

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.AlreadyInGroup);
    }

    [Fact]
    public void A_leader_kept_outside_the_groups_division_is_refused()
    {
        var decide = () => FormProfessionalGroup.Decide(Command with { DivisionCode = OtherCounty }, GroupId, RegisteredExpert());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.OutsideGroupDivision);
    }

    [Fact]
    public void A_group_cannot_be_formed_before_its_leader_was_registered()
    {
        var decide = () => FormProfessionalGroup.Decide(Command with { FormedOn = RegisteredOn.AddDays(-1) }, GroupId, RegisteredExpert());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_formation_without_a_leader_is_invalid()
    {
        new FormProfessionalGroupValidator().Validate(Command with { LeaderExpertId = "" }).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(FormProfessionalGroup.LeaderExpertId));
    }
}

public class GroupMembershipTests
{
    [Fact]
    public void Adding_an_expert_of_a_county_to_the_citys_group_makes_them_a_member()
    {
        var joined = AddExpertToGroup.Decide(new AddExpertToGroup(ExpertId, Day(2018, 5, 1)), Group(), RegisteredExpert());

        joined.Should().Be(new ExpertJoinedGroup(ExpertId, GroupId, Day(2018, 5, 1)));
        Expert.Evolve(RegisteredExpert(), joined).GroupId.Should().Be(GroupId);
    }

    [Fact]
    public void An_expert_is_in_one_group_at_a_time()
    {
        var member = RegisteredExpert(new ExpertJoinedGroup(ExpertId, OtherGroupId, Day(2018, 5, 1)));

        var decide = () => AddExpertToGroup.Decide(new AddExpertToGroup(ExpertId, Day(2018, 6, 1)), Group(), member);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.AlreadyInGroup);
    }

    [Fact]
    public void A_county_group_takes_no_expert_kept_by_the_city()
    {
        var cityExpert = ExpertFrom(ExpertRegistered(division: City));

        var decide = () => AddExpertToGroup.Decide(new AddExpertToGroup(ExpertId, Day(2018, 5, 1)), Group(division: County), cityExpert);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.OutsideGroupDivision);
    }

    [Fact]
    public void Membership_cannot_start_before_the_group_was_formed()
    {
        var decide = () => AddExpertToGroup.Decide(new AddExpertToGroup(ExpertId, FormedOn.AddDays(-1)), Group(), RegisteredExpert());

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.DateOutOfOrder);
    }

    [Fact]
    public void Rejoining_must_start_after_the_day_the_expert_left()
    {
        var left = RegisteredExpert(new ExpertJoinedGroup(ExpertId, OtherGroupId, Day(2018, 5, 1)), new ExpertLeftGroup(ExpertId, OtherGroupId, Day(2018, 6, 1), "moved"));

        var onTheDay = () => AddExpertToGroup.Decide(new AddExpertToGroup(ExpertId, Day(2018, 6, 1)), Group(), left);
        onTheDay.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.DateOutOfOrder);
        AddExpertToGroup.Decide(new AddExpertToGroup(ExpertId, Day(2018, 6, 2)), Group(), left).GroupId.Should().Be(GroupId);
    }

    [Fact]
    public void Removing_a_member_ends_their_membership()
    {
        var member = RegisteredExpert(new ExpertJoinedGroup(ExpertId, GroupId, Day(2018, 5, 1)));

        var left = RemoveExpertFromGroup.Decide(new RemoveExpertFromGroup(Day(2018, 12, 31), " moved "), Group(), member);

        left.Should().Be(new ExpertLeftGroup(ExpertId, GroupId, Day(2018, 12, 31), "moved"));
        Expert.Evolve(member, left).GroupId.Should().BeNull();
    }

    [Fact]
    public void An_expert_not_in_the_group_cannot_be_removed_from_it()
    {
        var elsewhere = RegisteredExpert(new ExpertJoinedGroup(ExpertId, OtherGroupId, Day(2018, 5, 1)));

        var decide = () => RemoveExpertFromGroup.Decide(new RemoveExpertFromGroup(Day(2018, 12, 31), "moved"), Group(), elsewhere);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.NotInGroup);
    }

    [Fact]
    public void The_leader_cannot_leave_the_group_they_lead()
    {
        var leader = RegisteredExpert(new ExpertJoinedGroup(ExpertId, GroupId, FormedOn));

        var decide = () => RemoveExpertFromGroup.Decide(new RemoveExpertFromGroup(Day(2018, 12, 31), "moved"), Group(leader: ExpertId), leader);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.LeaderCannotLeave);
    }

    [Fact]
    public void A_member_cannot_leave_before_joining()
    {
        var member = RegisteredExpert(new ExpertJoinedGroup(ExpertId, GroupId, Day(2018, 5, 1)));

        var decide = () => RemoveExpertFromGroup.Decide(new RemoveExpertFromGroup(Day(2018, 4, 30), "moved"), Group(), member);

        decide.Should().Throw<DomainException>().Which.Error.Should().Be(ExpertErrors.DateOutOfOrder);
    }

    [Fact]
    public void A_removal_without_a_reason_is_invalid()
    {
        new RemoveExpertFromGroupValidator().Validate(new RemoveExpertFromGroup(Day(2018, 12, 31), " ")).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(RemoveExpertFromGroup.Reason));
    }
}
