using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.Api.EventStore;
using Microsoft.AspNetCore.Http;

namespace Fupin.EventSourced.Api.Tests.EventStore;

public class ExpectedVersionTests
{
    [Theory]
    [InlineData("\"1\"", 1)]
    [InlineData(" \"42\" ", 42)]
    public void A_strong_version_tag_names_its_version(string ifMatch, long version)
    {
        ExpectedVersion.FromIfMatch(ifMatch).Should().Be(version);
    }

    [Theory]
    [InlineData("W/\"1\"")]
    [InlineData(" W/\"3\"")]
    [InlineData("W/\"abc\"")]
    public void A_weak_tag_never_matches_so_the_precondition_fails(string ifMatch)
    {
        var read = () => ExpectedVersion.FromIfMatch(ifMatch);

        var refusal = read.Should().Throw<RequestException>().Which;
        refusal.Error.Status.Should().Be(StatusCodes.Status412PreconditionFailed);
        refusal.Error.Code.Should().Be("version.stale");
        refusal.Message.Should().Contain("Weak entity tags never match If-Match");
    }

    [Theory]
    [InlineData("W/1")]
    [InlineData("W/")]
    [InlineData("w/\"1\"")]
    [InlineData("W/\"1\", \"1\"")]
    public void A_malformed_tag_is_invalid(string ifMatch)
    {
        var read = () => ExpectedVersion.FromIfMatch(ifMatch);

        read.Should().Throw<RequestException>().Which.Error.Code.Should().Be("version.invalid");
    }
}
