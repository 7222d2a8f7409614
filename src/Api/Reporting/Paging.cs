using System.Globalization;
using Fupin.EventSourced.Api.Errors;

namespace Fupin.EventSourced.Api.Reporting;

/// <summary>One page of a list, with how many items the whole list holds.</summary>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Size">Items per page at most.</param>
/// <param name="Total">Items in the whole list.</param>
/// <param name="Items">This page's items.</param>
public sealed record Page<T>(int Number, int Size, long Total, IReadOnlyList<T> Items);

/// <summary>The page a list request asks for, from its <c>page</c> and <c>pageSize</c> query values (400 when malformed).</summary>
public readonly record struct PageRequest(int Number, int Size)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 500;

    public int Skip => (Number - 1) * Size;

    public static PageRequest From(string? page, string? pageSize) => new(
        Parse(page, 1, int.MaxValue / MaxSize, "page") ?? 1,
        Parse(pageSize, 1, MaxSize, "pageSize") ?? DefaultSize);

    private static int? Parse(string? value, int min, int max, string name) =>
        value is null ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= min && parsed <= max ? parsed
        : throw new RequestException(ErrorCatalogue.RequestInvalid, $"'{name}' must be a whole number from {min} to {max}.");
}
