using System.Numerics;

namespace Budget.Domain.Money;

public readonly partial struct Amount
{
    /// <summary>
    /// Splits the amount in proportion to weights so that the parts add up to the amount exactly.
    /// </summary>
    /// <param name="weights">Non-negative weights, at least one of them above zero (for example 3, 7 or 9.26, 90.74).</param>
    /// <param name="precision">
    /// The unit whose display step (0.01 of it) is the smallest part: <see cref="AmountUnit.Yuan"/> splits to
    /// the 分, <see cref="AmountUnit.WanYuan"/> to 0.01 万元. The amount must be a whole number of such steps.
    /// </param>
    /// <returns>One part per weight, in the order of the weights.</returns>
    /// <remarks>
    /// Largest-remainder method: each part first gets the whole steps of its exact share, and the steps left
    /// over go one each to the parts with the largest remainders, the earlier part first on a tie. So no part
    /// is more than one step away from its exact share, and with equal weights the parts differ by at most one
    /// step, the larger ones first. A negative amount is split as its absolute value and negated.
    /// </remarks>
    /// <exception cref="ArgumentException">No weight, a negative weight, all weights zero, or an amount that is not a whole number of steps.</exception>
    public IReadOnlyList<Amount> Allocate(IEnumerable<decimal> weights, AmountUnit precision)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var list = weights.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        if (list.Exists(w => w < 0))
        {
            throw new ArgumentException("Weights cannot be negative.", nameof(weights));
        }

        long step = precision.FenPerUnit() / 100;
        if (fen % step != 0)
        {
            throw new ArgumentException($"{this} is not a whole number of 0.01 {precision.Symbol()}.", nameof(precision));
        }

        int scale = list.Max(w => w.Scale);
        var integerWeights = list.ConvertAll(w => ExactMath.Numerator(w, scale));
        var totalWeight = integerWeights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        if (totalWeight.IsZero)
        {
            throw new ArgumentException("At least one weight must be above zero.", nameof(weights));
        }

        long steps = Math.Abs(fen) / step;
        var parts = new long[list.Count];
        var remainders = new BigInteger[list.Count];
        long given = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            var share = BigInteger.DivRem(integerWeights[i] * steps, totalWeight, out remainders[i]);
            parts[i] = (long)share;
            given += parts[i];
        }

        var order = Enumerable.Range(0, parts.Length)
            .OrderByDescending(i => remainders[i])
            .ThenBy(i => i)
            .Take((int)(steps - given));
        foreach (var i in order)
        {
            parts[i]++;
        }

        long sign = fen < 0 ? -1 : 1;
        return Array.AsReadOnly(Array.ConvertAll(parts, p => new Amount(p * step * sign)));
    }

    /// <summary>Splits the amount into equal parts that add up to it exactly (larger parts first).</summary>
    /// <param name="parts">How many parts; at least 1.</param>
    /// <param name="precision">The unit whose display step (0.01 of it) is the smallest part.</param>
    /// <returns>The parts; they differ by at most one step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">The amount is not a whole number of steps.</exception>
    public IReadOnlyList<Amount> Split(int parts, AmountUnit precision)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);
        return Allocate(Enumerable.Repeat(1m, parts), precision);
    }
}
