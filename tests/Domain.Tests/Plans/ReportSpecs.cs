using Fupin.EventSourced.Domain.Reports;
using Fupin.EventSourced.Domain.Reports.Approving;
using Fupin.EventSourced.Domain.Reports.Returning;
using Fupin.EventSourced.Domain.Reports.Submitting;
using Fupin.EventSourced.Domain.Reports.WithdrawingApproval;
using static Fupin.EventSourced.Domain.Tests.Plans.Given;

namespace Fupin.EventSourced.Domain.Tests.Plans;

public class ReportSpecs
{
    private static readonly string Hash = new('a', 64);

    [Fact]
    public void A_submission_stores_the_document_its_hash_and_sequence_and_who_submitted()
    {
        var events = SubmitReport.Decide(new SubmitReport(" 2018年度 "), null, County, 2018, Document, "county-clerk").ToList();

        events.Should().Equal(new ReportSubmitted(County, 2018, Document.Json, Document.ContentHash, 50, "2018年度", "county-clerk"));
        ReportFrom([.. events]).Id.Should().Be("report:370302:2018");
    }

    [Fact]
    public void Approval_locks_the_report_until_it_is_withdrawn()
    {
        var approved = ReportFrom(Submitted(), new ReportApproved(County, 2018, Hash, 42));

        Refusal(() => SubmitReport.Decide(new SubmitReport(null), approved, County, 2018, Document, "county-clerk")).Should().Be(ReportErrors.Locked);
        var withdrawn = WithdrawApproval.Decide(new WithdrawApproval("补报"), approved, "city-admin").ToList();
        withdrawn.Should().Equal(new ApprovalWithdrawn(County, 2018, Hash, "补报"));
        var open = ReportFrom(Submitted(), new ReportApproved(County, 2018, Hash, 42), withdrawn[0]);
        SubmitReport.Decide(new SubmitReport(null), open, County, 2018, Document, "county-clerk").Should().ContainSingle();
    }

    [Fact]
    public void Only_a_submitted_report_with_the_reviewed_hash_is_approved_by_someone_other_than_its_submitter()
    {
        var submitted = ReportFrom(Submitted());

        ApproveReport.Decide(new ApproveReport(Hash.ToUpperInvariant()), submitted, "city-admin").Should().Equal(new ReportApproved(County, 2018, Hash, 42));
        Refusal(() => ApproveReport.Decide(new ApproveReport(new string('c', 64)), submitted, "city-admin")).Should().Be(ReportErrors.DocumentChanged);
        Refusal(() => ApproveReport.Decide(new ApproveReport(Hash), submitted, "county-clerk")).Should().Be(ReportErrors.ApproverIsSubmitter);
        Refusal(() => SubmitReport.Decide(new SubmitReport(null), submitted, County, 2018, Document, "county-clerk")).Should().Be(ReportErrors.AlreadySubmitted);
        var returned = ReportFrom(Submitted(), new ReportReturned(County, 2018, "数据不符"));
        Refusal(() => ApproveReport.Decide(new ApproveReport(Hash), returned, "city-admin")).Should().Be(ReportErrors.NotSubmitted);
        Refusal(() => WithdrawApproval.Decide(new WithdrawApproval("x"), submitted, "city-admin")).Should().Be(ReportErrors.NotApproved);
        Refusal(() => ReturnReport.Decide(new ReturnReport("x"), returned, "city-admin")).Should().Be(ReportErrors.NotSubmitted);
    }

    private static DomainError Refusal(Func<IEnumerable<object>> decide) =>
        FluentActions.Invoking(() => decide().ToList()).Should().Throw<DomainException>().Which.Error;
}
