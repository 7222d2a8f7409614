namespace Fupin.EventSourced.Api.Reporting;

/// <summary>One page of a list, with how many items the whole list holds.</summary>
/// <param name="Number">The page's number, from 1.</param>
/// <param name="Size">Items per page at most.</param>
/// <param name="Total">Items in the whole list.</param>
/// <param name="Items">This page's items.</param>
public sealed record Page<T>(int Number, int Size, long Total, IReadOnlyList<T> Items);
