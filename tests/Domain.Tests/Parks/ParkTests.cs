using Fupin.EventSourced.Domain.Figures;
using Fupin.EventSourced.Domain.Parks;
using Fupin.EventSourced.Domain.Parks.Pairing;
using Fupin.EventSourced.Domain.Parks.Radiating;
using Fupin.EventSourced.Domain.Parks.RecordingJobs;
using Fupin.EventSourced.Domain.Parks.Registering;
using Fupin.EventSourced.Domain.Platforms;
using Fupin.EventSourced.Domain.Platforms.Founding;
using Fupin.EventSourced.Domain.Villages;
using Fupin.EventSourced.Domain.Villages.Registering;

namespace Fupin.EventSourced.Domain.Tests.Parks;

public class ParkTests
{
    private const string ParkId = "0196f1c2-7a00-7000-8000-00000000f201";
    private const string County = "370322";
    private static readonly DateOnly June = new(2018, 6, 1);

    private static Village VillageOf(string code) => Village.Evolve(null, new VillageRegistered(code, "村", code[..6], "高青县", code[..9], "镇"));

    private static Park Given(params object[] events) =>
        events.Aggregate(Park.Evolve(null, new ParkRegistered(ParkId, "山东高青农业科技园区", ParkLevel.Provincial, County)), Park.Evolve);

    [Fact]
    public void A_pairing_counts_one_for_the_paired_village_on_its_date()
    {
        var paired = PairParkWithVillage.Decide(new PairParkWithVillage("370322101001", June), Given(), VillageOf("370322101001"));

        paired.Should().Be(new ParkPairedWithVillage(ParkId, "370322101001", June));
        paired.Counts().Should().Equal(new FigureCount(Figure.ParkVillagePairings, "370322101001", June, 1));
    }

    [Fact]
    public void A_village_is_paired_with_a_park_once()
    {
        var park = Given(new ParkPairedWithVillage(ParkId, "370322101001", June));

        var pairing = () => PairParkWithVillage.Decide(new PairParkWithVillage("370322101001", June.AddDays(30)), park, VillageOf("370322101001"));

        pairing.Should().Throw<DomainException>().Which.Error.Should().Be(ParkErrors.AlreadyPaired);
    }

    [Fact]
    public void A_park_radiates_to_a_village_once_and_radiation_counts_nothing()
    {
        var park = Given(new ParkRadiatedToVillage(ParkId, "370322101003", June));

        var again = () => RecordParkRadiation.Decide(new RecordParkRadiation("370322101003", June), park, VillageOf("370322101003"));

        again.Should().Throw<DomainException>().Which.Error.Should().Be(ParkErrors.AlreadyRadiating);
        RecordParkRadiation.Decide(new RecordParkRadiation("370322101004", June), park, VillageOf("370322101004"))
            .Should().NotBeAssignableTo<ICountedEvent>();
    }

    [Fact]
    public void Jobs_count_for_the_parks_division_and_add_up_in_the_park()
    {
        var recorded = RecordParkJobs.Decide(new RecordParkJobs(30, June), Given(), "r1");

        recorded.Counts().Should().Equal(new FigureCount(Figure.JobsCreated, County, June, 30));
        Given(recorded, new ParkJobsRecorded(ParkId, "r2", County, 20, June.AddMonths(3))).Jobs.Sum(j => j.Jobs).Should().Be(50);
    }

    [Theory]
    [InlineData(PlatformKind.StarMakerSpace, Figure.StarMakerSpacesFounded)]
    [InlineData(PlatformKind.AgriStation, Figure.AgriStationsFounded)]
    [InlineData(PlatformKind.EnvoyWorkStation, Figure.EnvoyWorkStationsFounded)]
    public void A_platform_counts_one_platform_and_one_of_its_kind(PlatformKind kind, Figure figure)
    {
        var founded = (PlatformFounded)FoundPlatform.Decide(new FoundPlatform(" 星创天地 ", kind, PlatformLevel.National, County, June), "p").Changes.Single().Events.Single();

        founded.Name.Should().Be("星创天地");
        founded.Counts().Should().Equal(new FigureCount(Figure.PlatformsFounded, County, June, 1), new FigureCount(figure, County, June, 1));
    }
}
