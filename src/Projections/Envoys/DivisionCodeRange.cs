namespace Fupin.EventSourced.Projections.Envoys;

/// <summary>
/// The codes under a division prefix as a half-open range [<see cref="From"/>, <see cref="Before"/>): <c>37</c> is
/// [<c>37</c>, <c>38</c>). A range predicate is what a btree index on a code column serves whatever the collation
/// (a <c>LIKE 'prefix%'</c> is not, under the database's C.UTF-8).
/// </summary>
public readonly record struct DivisionCodeRange(string From, string Before)
{
    /// <summary>
    /// The range of a digit prefix. A prefix without an end (empty, or all nines) ranges up to <c>~</c>, above every
    /// digit.
    /// </summary>
    public static DivisionCodeRange Of(string prefix)
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

        return new DivisionCodeRange(prefix, "~");
    }
}
