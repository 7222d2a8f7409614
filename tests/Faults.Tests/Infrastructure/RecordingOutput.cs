using System.Globalization;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>The test's output, kept too, so the figures can be saved beside the API logs (<see cref="ApiLogs.Keep"/>).</summary>
public sealed class RecordingOutput(ITestOutputHelper inner) : ITestOutputHelper
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void WriteLine(string message)
    {
        lock (_lines)
        {
            _lines.Add(message);
        }

        inner.WriteLine(message);
    }

    public void WriteLine(string format, params object[] args) =>
        WriteLine(string.Format(CultureInfo.InvariantCulture, format, args));
}
