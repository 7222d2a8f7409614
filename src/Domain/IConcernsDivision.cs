namespace Fupin.EventSourced.Domain;

/// <summary>
/// A command about one place in the administrative division tree. The API checks the caller's division
/// scope against <see cref="DivisionCode"/> before the command runs; implement it explicitly so it stays out
/// of the command's JSON.
/// </summary>
public interface IConcernsDivision
{
    /// <summary>A county (6-digit), township (9) or village (12) code.</summary>
    string DivisionCode { get; }
}
