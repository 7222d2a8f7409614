using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Informants;
using Fupin.EventSourced.Domain.Informants.Registering;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Informants;

public class RegisterInformantTests
{
    private const string Village = "370302101001";
    private static readonly DateOnly March2023 = new(2023, 3, 1);

    private static Village KeyVillage() =>
        Domain.Villages.Village.Evolve(null, new VillageRegistered(Village, "汀头村", "370302", "淄川区", "370302101", "注滋口镇"));

    [Fact]
    public void An_informant_is_registered_for_their_village_and_counted_there()
    {
        var registered = RegisterInformant.Decide(new RegisterInformant(Village, " 张三 ", "13912345678", March2023), "i1", KeyVillage());

        registered.Should().Be(new InformantRegistered("i1", Village, "张三", "13912345678", March2023));
        registered.Counts().Should().Equal(new FigureCount(Figure.InformantsRegistered, Village, March2023, 1));
        Informant.Evolve(null, registered).DivisionCode.Should().Be(Village);
    }

    [Fact]
    public void An_invalid_registration_names_each_field()
    {
        var errors = new RegisterInformantValidator().Validate(new RegisterInformant("37030210100", "", "1381234", new DateOnly(1999, 1, 1))).Errors;

        errors.Select(e => e.PropertyName).Distinct().Should().BeEquivalentTo("VillageCode", "Name", "Phone", "RegisteredOn");
    }
}
