using System.Text.RegularExpressions;
using Fupin.EventSourced.Api.Errors;
using Fupin.EventSourced.TestKit;

namespace Fupin.EventSourced.Api.Tests.Hosting;

public partial class ErrorCatalogueTests
{
    [Fact]
    public void Every_error_code_is_unique()
    {
        ErrorCatalogue.All.Select(e => e.Code).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void The_readmes_error_table_lists_exactly_the_catalogue_with_the_same_statuses_and_titles()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("### Error catalogue", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n#", 1, StringComparison.Ordinal)];

        var documented = Row().Matches(section).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[3].Value.Trim()));

        documented.Should().BeEquivalentTo(ErrorCatalogue.All.Select(e => (e.Code, e.Status, e.Title)));
    }

    [GeneratedRegex(@"^\| `([a-z.\-]+)` \| (\d{3}) \| ([^|]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();
}
