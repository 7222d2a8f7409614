using Fupin.EventSourced.Domain.Households;
using Fupin.EventSourced.Domain.Households.Erasing;
using static Fupin.EventSourced.Domain.Tests.Households.Given;

namespace Fupin.EventSourced.Domain.Tests.Households;

public class ErasePersonalDataTests
{
    [Theory]
    [InlineData(HeadId)]
    [InlineData(MemberId)]
    public void Given_a_person_of_the_household_when_erasing_then_personal_data_erased_with_the_trimmed_reason(string personId)
    {
        var erased = ErasePersonalData.Decide(new ErasePersonalData(" PIPL request 2020-001 "), RegisteredHousehold(), personId);

        erased.Should().Be(new PersonalDataErased(HouseholdId, personId, "PIPL request 2020-001"));
    }

    [Fact]
    public void An_erased_person_stays_in_the_household_and_is_listed_as_erased()
    {
        var household = RegisteredHousehold(Erased(MemberId));

        household.ErasedPersons.Should().Equal(MemberId);
        household.People.Should().Equal(Head, Member);
    }

    [Fact]
    public void Erasing_a_person_the_household_does_not_have_is_refused_as_not_found()
    {
        var erase = () => ErasePersonalData.Decide(new ErasePersonalData("request"), RegisteredHousehold(), "someone-else");

        erase.Should().Throw<DomainException>().Where(e => e.Error == HouseholdErrors.PersonNotFound).WithMessage("*someone-else*");
    }

    [Fact]
    public void Erasing_an_erased_person_again_is_refused_as_already_erased()
    {
        var erase = () => ErasePersonalData.Decide(new ErasePersonalData("again"), RegisteredHousehold(Erased(MemberId)), MemberId);

        erase.Should().Throw<DomainException>().Which.Error.Should().Be(HouseholdErrors.PersonAlreadyErased);
    }

    [Fact]
    public void Erasing_one_person_leaves_the_other_erasable()
    {
        var erase = () => ErasePersonalData.Decide(new ErasePersonalData("request"), RegisteredHousehold(Erased(MemberId)), HeadId);

        erase.Should().NotThrow();
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("re\u202Eason")]
    [InlineData(null)]
    public void An_erasure_needs_a_printable_reason(string? reason)
    {
        new ErasePersonalDataValidator().Validate(new ErasePersonalData(reason!)).Errors.Should().ContainSingle()
            .Which.PropertyName.Should().Be(nameof(ErasePersonalData.Reason));
    }
}
