using System.Diagnostics;
using System.Globalization;

namespace Fupin.EventSourced.Faults.Tests.Infrastructure;

/// <summary>The test's clock, shared with the clients, and the moments the test did something to the system.</summary>
public sealed class Timeline
{
    private readonly List<(string Name, TimeSpan At)> _marks = [];

    public Stopwatch Clock { get; } = Stopwatch.StartNew();

    public TimeSpan Now => Clock.Elapsed;

    public TimeSpan Mark(string name)
    {
        var at = Clock.Elapsed;
        lock (_marks)
        {
            _marks.Add((name, at));
        }

        return at;
    }

    public TimeSpan this[string name]
    {
        get
        {
            lock (_marks)
            {
                return _marks.Last(m => m.Name == name).At;
            }
        }
    }

    /// <summary>Waits until the latest of <paramref name="moments"/>.</summary>
    public Task UntilAll(params TimeSpan[] moments) => Until(moments.Max());

    /// <summary>Waits until the clock reads <paramref name="at"/>: scenario pacing, never synchronisation.</summary>
    public async Task Until(TimeSpan at)
    {
        var left = at - Clock.Elapsed;
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left);
        }
    }

    public override string ToString()
    {
        lock (_marks)
        {
            return string.Join(", ", _marks.Select(m =>
                $"{m.Name} {m.At.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)}s"));
        }
    }
}
