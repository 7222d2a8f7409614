using Fupin.EventSourced.Domain.Projects;
using Fupin.EventSourced.Domain.Projects.Transacting;
using static Fupin.EventSourced.Domain.Tests.Projects.Given;

namespace Fupin.EventSourced.Domain.Tests.Projects;

public class FundChainTests
{
    private static FundTransactionRecorded Recorded(string previous = "p") =>
        new(ProjectId, "t1", County, FundTransactionType.Disbursement, Day(2023, 7, 31), 30019m, "县科技局", "专家\n李明",
            BudgetLine.ExpertFees, "记-015", previous, "");

    [Fact]
    public void The_canonical_form_is_fixed_text_in_the_invariant_culture_amounts_with_2_places()
    {
        FundChain.Canonical(Recorded(), 7).Should().Be(
            "fupin-fund-chain/1\n" +
            "type=FundTransactionRecorded\n" +
            $"stream=36:{ProjectId}\n" +
            "version=7\n" +
            "transactionId=2:t1\n" +
            "divisionCode=6:522634\n" +
            "transactionType=Disbursement\n" +
            "values.on=2023-07-31\n" +
            "values.amount=30019.00\n" +
            "values.provider=12:县科技局\n" +
            "values.receiver=13:专家\n李明\n" +
            "values.budgetLine=ExpertFees\n" +
            "values.voucher=7:记-015\n" +
            "previous=p\n");
    }

    [Fact]
    public void The_hash_is_the_sha256_of_the_canonical_form_and_changes_with_the_version_and_the_link()
    {
        var hash = FundChain.HashOf(Recorded(), 7);

        hash.Should().Be(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(FundChain.Canonical(Recorded(), 7)))));
        FundChain.HashOf(Recorded(), 8).Should().NotBe(hash);
        FundChain.HashOf(Recorded("q"), 7).Should().NotBe(hash);
    }

    [Fact]
    public void An_amount_carrying_more_than_2_places_hashes_differently_from_the_rounded_one() =>
        FundChain.HashOf(Recorded() with { Amount = 30019.001m }, 7).Should().NotBe(FundChain.HashOf(Recorded(), 7));

    [Fact]
    public void A_history_made_by_the_decisions_is_an_intact_chain()
    {
        var history = Funded().Recorded(FundTransactionType.Disbursement, 10m, id: "t1").Corrected("t1", new("x", Amount: 9m)).Revised(2024, BudgetLine.Materials, 5m);

        FundChain.FirstBreak(history.Events).Should().BeNull();
        history.Project.ChainHead.Should().Be(((IChainedEvent)history.Events[^1].Data).Hash);
    }

    [Fact]
    public void An_altered_amount_breaks_the_chain_at_that_event()
    {
        var events = Funded().Recorded(FundTransactionType.Disbursement, 10m).Recorded(FundTransactionType.Disbursement, 20m).Events.ToList();
        events[3] = (4, ((FundTransactionRecorded)events[3].Data) with { Amount = 1m });

        FundChain.FirstBreak(events).Should().BeEquivalentTo(new { Version = 4L }).And.Match<ChainBreak>(b => b.Reason.Contains("altered"));
    }

    [Fact]
    public void An_event_rehashed_after_its_change_breaks_the_link_of_the_next_one()
    {
        var events = Funded().Recorded(FundTransactionType.Disbursement, 10m).Recorded(FundTransactionType.Disbursement, 20m).Events.ToList();
        var altered = ((FundTransactionRecorded)events[3].Data) with { Amount = 1m };
        events[3] = (4, altered with { Hash = FundChain.HashOf(altered, 4) });

        FundChain.FirstBreak(events)!.Version.Should().Be(5);
    }

    [Fact]
    public void A_removed_event_breaks_the_chain()
    {
        var events = Funded().Recorded(FundTransactionType.Disbursement, 10m).Events.ToList();
        events.RemoveAt(1);

        FundChain.FirstBreak(events)!.Version.Should().Be(3);
    }
}
