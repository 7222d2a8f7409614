namespace Fupin.EventSourced.Projections.Envoys;

/// <summary>
/// The codes under a division prefix as a half-open range [<see cref="From"/>, <see cref="Before"/>): <c>37</c> is
/// [<c>37</c>, <c>38</c>). A range predicate is what a btree index on a code column serves whatever the collation.
/// </summary>
public readonly record struct DivisionCodeRange(string From, string Before)
{
    /// <summary>The range of a digit prefix; null when it has no end (empty, or all nines): query by prefix alone.</summary>
    public static DivisionCodeRange? Of(string prefix)
    {
        var digits = prefix.ToCharArray();
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            if (digits[i] != '9')
            {
                digits[i]++;
                return new DivisionCodeRange(prefix, new string(digits, 0, i + 1));
            }
        }

        return null;
    }
}
