namespace Fupin.EventSourced.Domain.Figures;

public static class FigureUnits
{
    /// <summary>Whether the figure is money in yuan (2 places); every other figure is a count (or, for answer time, hours).</summary>
    public static bool IsMoney(this Figure figure) =>
        figure is Figure.FundsAllocated or Figure.FundsReceived or Figure.FundsCommitted or Figure.FundsDisbursed or Figure.FundsSpent;
}
