using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification;

/// <summary>
/// Sentences in the styles of trade press releases, each with the one claim it makes and the verdict it must get.
/// Written for these tests from the arithmetic (each expectation's working is in its comment), not copied from releases.
/// </summary>
public static class Corpus
{
    public static TheoryData<string, ClaimKind, Verdict> Sentences => new()
    {
        // 12.4/11.8 − 1 = 5.08 %, [12.35/11.85, 12.45/11.75] − 1 = [4.22 %, 5.96 %] ∋ 5.1
        { "Exports amounted to 12.4 billion US dollars, which is 5.1% more than a year earlier (11.8 billion US dollars).", ClaimKind.Growth, Verdict.Consistent },
        // 8.2/9.1 − 1 = −9.89 %, within rounding [−10.93 %, −8.84 %]; 12.5 % less is far outside
        { "Imports amounted to 8.2 billion US dollars, which is 12.5% less than in 2022 (9.1 billion US dollars).", ClaimKind.Growth, Verdict.Inconsistent },
        // no base value
        { "Turnover rose by 14.2% to 2.1 billion US dollars.", ClaimKind.Growth, Verdict.Unverifiable },
        // 9.3 → 9.8 is an increase of 5.38 %; "fell by 5.2%" has the wrong direction
        { "Exports fell by 5.2% to 9.8 billion US dollars from 9.3 billion US dollars.", ClaimKind.Growth, Verdict.Inconsistent },
        // 9.8 → 9.3 is −5.10 %, [−6.09 %, −4.10 %] ∋ −5.2
        { "Exports fell by 5.2% to 9.3 billion US dollars from 9.8 billion US dollars.", ClaimKind.Growth, Verdict.Consistent },
        // 10/4 = 2.5, [9.5/4.5, 10.5/3.5] = [2.11, 3.0] overlaps [2.45, 2.55]
        { "Trade grew 2.5-fold from $4 billion in 2015 to $10 billion in 2023.", ClaimKind.Multiple, Verdict.Consistent },
        // 6.4/2.1 = 3.05; "tripled" = 3 ± 0.5
        { "Exports tripled from $2.1 billion in 2018 to $6.4 billion in 2023.", ClaimKind.Multiple, Verdict.Consistent },
        // [2.95, 3.15] does not reach "doubled" = [1.5, 2.5]
        { "Exports doubled from $2.1 billion in 2018 to $6.4 billion in 2023.", ClaimKind.Multiple, Verdict.Inconsistent },
        // 8.0/2.0 = 4.0 [3.88, 4.13]: fits ×(3+1) but not ×3
        { "Exports grew 3 times more, from $2.0 billion in 2018 to $8.0 billion in 2023.", ClaimKind.Multiple, Verdict.Ambiguous },
        // 15.2/10.0 = 1.52 [1.508, 1.533]: fits ×1.5, not ×2.5
        { "Trade grew 1.5 times more, from $10.0 billion to $15.2 billion.", ClaimKind.Multiple, Verdict.Ambiguous },
        // 15.0/10.0 = 1.5 [1.49, 1.51]; "1.2 times" = [1.15, 1.25]
        { "Turnover grew 1.2 times from $10.0 billion in 2020 to $15.0 billion in 2023.", ClaimKind.Multiple, Verdict.Inconsistent },
        // 25.0 − 20.0 = 5.0 pp, [4.9, 5.1]
        { "China's share rose from 20.0% to 25.0%, an increase of 5.0 percentage points.", ClaimKind.PercentagePoint, Verdict.Consistent },
        { "China's share rose from 20.0% to 25.0%, an increase of 4.0 percentage points.", ClaimKind.PercentagePoint, Verdict.Inconsistent },
        // relative change is 25 %, the difference 5 pp: "5%" fits only as percentage points
        { "The share of machinery rose from 20.0% to 25.0%, an increase of 5%.", ClaimKind.Growth, Verdict.Ambiguous },
        // (490/336)^(1/4) − 1 = 9.89 % [9.82, 9.96] ∋ 9.9
        { "Trade with the region grew at an average annual rate of 9.9% from $336 billion in 2019 to $490 billion in 2023.", ClaimKind.Cagr, Verdict.Consistent },
        // over 5 years instead of 4: 7.84 % [7.78, 7.89] overlaps [7.85, 7.95]
        { "Trade with the region grew at an average annual rate of 7.9% from $336 billion in 2019 to $490 billion in 2023.", ClaimKind.Cagr, Verdict.Ambiguous },
        { "Trade with the region grew at an average annual rate of 12.0% from $336 billion in 2019 to $490 billion in 2023.", ClaimKind.Cagr, Verdict.Inconsistent },
        // 5.2/42.1 = 12.35 % [12.22, 12.49]
        { "Exports accounted for $5.2 billion, or 12.3% of total trade of $42.1 billion.", ClaimKind.Share, Verdict.Consistent },
        { "Exports accounted for $5.2 billion, or 15.0% of total trade of $42.1 billion.", ClaimKind.Share, Verdict.Inconsistent },
        // 25.3 + 16.8 = 42.1
        { "Turnover reached $42.1 billion, with exports of $25.3 billion and imports of $16.8 billion.", ClaimKind.Sum, Verdict.Consistent },
        // 25.3 + 18.8 = 44.1 [44.0, 44.2] vs 42.1
        { "Turnover reached $42.1 billion, with exports of $25.3 billion and imports of $18.8 billion.", ClaimKind.Sum, Verdict.Inconsistent },
        // 25.3 − 16.8 = 8.5
        { "Exports were $25.3 billion and imports $16.8 billion, giving a trade surplus of $8.5 billion.", ClaimKind.Difference, Verdict.Consistent },
        // deficit = 25.3 − 16.8 = 8.5, not 7.5
        { "Exports were $16.8 billion and imports $25.3 billion, resulting in a trade deficit of $7.5 billion.", ClaimKind.Difference, Verdict.Inconsistent },
        { "The country posted a trade surplus of $3.2 billion.", ClaimKind.Difference, Verdict.Unverifiable },
        // 35.2 + 28.9 + 12.1 + 8.4 = 84.6 ≤ 100
        { "Main partners were China (35.2%), Russia (28.9%), Germany (12.1%) and Turkey (8.4%).", ClaimKind.ShareSet, Verdict.Consistent },
        // 45.2 + 38.9 + 12.1 + 8.4 = 104.6 > 100.2
        { "Main partners were China (45.2%), Russia (38.9%), Germany (12.1%) and Turkey (8.4%).", ClaimKind.ShareSet, Verdict.Inconsistent },
        // 5.15/5.00 − 1 = 3.0 % [2.80, 3.20]
        { "Imports rose by 3.0% to $5.15 billion from $5.00 billion.", ClaimKind.Growth, Verdict.Consistent },
        // 55/50 − 1 = 10 % [9.79, 10.21]
        { "Exports reached $55.0 billion, up 10.0% from $50.0 billion.", ClaimKind.Growth, Verdict.Consistent },
        { "Exports reached $55.0 billion, down 10.0% from $50.0 billion.", ClaimKind.Growth, Verdict.Inconsistent },
        // 490/336 − 1 = 45.83 % [45.47, 46.20] ∋ 45.8
        { "Mutual trade increased from $336 billion to $490 billion, or by 45.8%.", ClaimKind.Growth, Verdict.Consistent },
        // 10.5/10.0 − 1 = 5 %, not 8 %
        { "Exports increased by 8.0%, from $10.0 billion to $10.5 billion.", ClaimKind.Growth, Verdict.Inconsistent },
        // 45.83 % [45.47, 46.20] overlaps [45.5, 46.5]
        { "Trade with the EU was $490 billion in 2023, 46% higher than the $336 billion recorded in 2019.", ClaimKind.Growth, Verdict.Consistent },
        // 500/336 − 1 = 48.8 % [48.4, 49.2]; 51 % fits only if "500" was rounded to hundreds ([450, 550])
        { "Trade was $500 billion in 2023, 51% higher than the $336 billion recorded in 2019.", ClaimKind.Growth, Verdict.Ambiguous },
        { "Exports declined by 4.3% to $20.1 billion.", ClaimKind.Growth, Verdict.Unverifiable },
        // Russian
        { "Товарооборот в 2023 году составил 66,0 млрд долларов США, что на 6,8% больше, чем годом ранее (61,8 млрд долларов США).", ClaimKind.Growth, Verdict.Consistent },
        // 7.9/8.5 − 1 = −7.06 %, not −3.2 %
        { "Экспорт составил 7,9 млрд долларов США, что на 3,2% меньше, чем в 2022 году (8,5 млрд долларов США).", ClaimKind.Growth, Verdict.Inconsistent },
        { "Взаимная торговля выросла в 1,5 раза с 336 млрд долларов в 2019 году до 490 млрд долларов в 2023 году.", ClaimKind.Multiple, Verdict.Consistent },
        { "Взаимная торговля выросла в 2,5 раза с 336 млрд долларов в 2019 году до 490 млрд долларов в 2023 году.", ClaimKind.Multiple, Verdict.Inconsistent },
        { "Импорт увеличился на 14,2% и составил 2,1 млрд долларов США.", ClaimKind.Growth, Verdict.Unverifiable },
        { "Доля Китая составила 35,2%.", ClaimKind.Share, Verdict.Unverifiable },
        { "Доля Китая выросла с 20,0% до 25,0%, или на 5,0 п.п.", ClaimKind.PercentagePoint, Verdict.Consistent },
        { "Товарооборот составил 42,1 млрд долларов США, в том числе экспорт — 25,3 млрд долларов США и импорт — 16,8 млрд долларов США.", ClaimKind.Sum, Verdict.Consistent },
        { "Профицит торгового баланса составил 8,5 млрд долларов США при экспорте 25,3 млрд долларов США и импорте 16,8 млрд долларов США.", ClaimKind.Difference, Verdict.Consistent },
        { "Среднегодовой темп роста торговли составил 9,9% (с 336 млрд долларов в 2019 году до 490 млрд долларов в 2023 году).", ClaimKind.Cagr, Verdict.Consistent },
        // 9.5/10.0 − 1 = −5 %
        { "Экспорт в Китай снизился на 5,0% до 9,5 млрд долларов США с 10,0 млрд долларов США.", ClaimKind.Growth, Verdict.Consistent },
        { "Экспорт в Китай снизился на 5,0% до 10,5 млрд долларов США с 10,0 млрд долларов США.", ClaimKind.Growth, Verdict.Inconsistent },
        // 61.8 million tenge → 66.0 million: +6.8 %
        { "Поступления составили 66,0 млн тенге, что на 6,8% выше уровня прошлого года (61,8 млн тенге).", ClaimKind.Growth, Verdict.Consistent },
        // 45.2/43.8 − 1 = 3.20 % [2.96, 3.43] ∋ 3.1; "+" states the direction
        { "In January–September 2024 exports reached $45.2 billion (+3.1% year-on-year, from $43.8 billion).", ClaimKind.Growth, Verdict.Consistent },
        // no base value: 31.5 billion and a rate only
        { "Товарооборот Казахстана с Китаем по итогам 2023 года составил 31,5 млрд долларов США, увеличившись на 28,6% по сравнению с 2022 годом.", ClaimKind.Growth, Verdict.Unverifiable },
        // 3.21 trillion yuan / 2.95 trillion − 1 = 8.81 % [8.61, 9.02]
        { "China's exports to the region reached 3.21 trillion yuan, up 8.8% from 2.95 trillion yuan a year earlier.", ClaimKind.Growth, Verdict.Consistent },
    };
}
