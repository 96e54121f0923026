using PromptLint.Ladder;

namespace PromptLint.Core.Tests.Ladder;

/// <summary>The formulas of docs/ladder-report.md, on figures worked by hand.</summary>
public sealed class CostMathTests
{
    [Fact]
    public void The_issue_example_800_tokens_at_10000_calls_and_5_dollars_is_40_a_day_and_14600_a_year()
    {
        decimal daily = CostMath.DailyOverhead(10_000m, 800m, 5.00m);
        Assert.Equal(40m, daily);
        Assert.Equal(14_600m, CostMath.YearlyOverhead(daily));
    }

    [Fact]
    public void Money_is_rounded_half_away_from_zero_to_the_cent_only_when_printed()
    {
        decimal daily = CostMath.DailyOverhead(3m, 1_001m, 0.15m); // 3 × 1001 × 0.15 / 1e6 = 0.00045045
        Assert.Equal(0.00045045m, daily);
        Assert.Equal(0.00m, CostMath.ToCents(daily));
        Assert.Equal(0.13m, CostMath.ToCents(0.125m));
    }

    [Fact]
    public void Daily_savings_price_the_removed_tokens_and_subtract_the_fine_tuned_premium_on_what_remains()
    {
        // 50,000 calls × (700 × 0.15 − (100 + 50) × (0.30 − 0.15) − 5 × (1.20 − 0.60)) / 1e6 = 50,000 × 79.5 / 1e6 = 3.975
        decimal savings = CostMath.DailySavings(50_000m, 800m, 700m, 50m, 5m, 0.15m, 0.60m, 0.30m, 1.20m);
        Assert.Equal(3.975m, savings);
    }

    [Fact]
    public void Break_even_rounds_up_to_whole_days_and_never_pays_off_without_savings()
    {
        Assert.Equal(26, CostMath.BreakEvenDays(100m, 3.975m)); // 25.16 → 26
        Assert.Equal(25, CostMath.BreakEvenDays(100m, 4m));
        Assert.Equal(0, CostMath.BreakEvenDays(0m, 1m));
        Assert.Null(CostMath.BreakEvenDays(100m, 0m));
        Assert.Null(CostMath.BreakEvenDays(100m, -2m));
        Assert.Null(CostMath.BreakEvenDays(decimal.MaxValue, 0.0000000001m));
    }

    [Fact]
    public void Removed_tokens_are_capped_at_the_prompt()
    {
        Assert.Equal(CostMath.DailySavings(10m, 100m, 100m, 0m, 0m, 1m, 0m, 1m, 0m), CostMath.DailySavings(10m, 100m, 5_000m, 0m, 0m, 1m, 0m, 1m, 0m));
    }

    [Fact]
    public void A_month_is_a_twelfth_of_365_days()
    {
        Assert.Equal(10_000m, CostMath.CallsPerMonth(10_000m * 12m / 365m), 20);
        Assert.True(CostMath.CallsPerMonth(329m) >= CostMath.FineTuneVolumePerMonth);
        Assert.True(CostMath.CallsPerMonth(328m) < CostMath.FineTuneVolumePerMonth);
    }
}
