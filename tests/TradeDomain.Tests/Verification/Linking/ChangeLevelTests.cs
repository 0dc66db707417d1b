using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>"Turnover … 8.6 billion USD. … Against the same period of last year, turnover rose by 1.8 billion USD (26.5
/// percent)": a rate printed as its change's own, in a clause with no level, is checked against its measure's one current
/// value nearby (of the change's months and part of trade, never across a "year to date"). English and Russian;
/// invented figures, working in comments.</summary>
public class ChangeLevelTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 1.8 / (8.6 − 1.8) = 26.47%; even the correlated reading [1.75 / (8.65 − 1.75), 1.85 / (8.55 − 1.85)] =
        // [25.36, 27.61] holds 26.5 [26.45, 26.55] → consistent
        { "Turnover in the first seven months of 2021 reached 8.6 billion USD. Exports and imports reached 4.7 billion USD and 3.8 billion USD respectively. Against the same period of last year, turnover rose by 1.8 billion USD (26.5 percent).", ClaimKind.Growth, "26.5", Verdict.Consistent },
        { "Товарооборот за семь месяцев составил 8,6 млрд долларов. Экспорт составил 4,7 млрд долларов, импорт – 3,8 млрд долларов. По сравнению с тем же периодом прошлого года товарооборот увеличился на 1,8 млрд долларов (26,5%).", ClaimKind.Growth, "26.5", Verdict.Consistent },
        // The exports level one sentence before, not July's one sentence after (another month): 0.953 / (4.7 − 0.953)
        // = 25.43%, [0.9525 / (4.75 − 0.9525), 0.9535 / (4.65 − 0.9535)] = [25.08, 25.79] ∋ 25.2 [25.15, 25.25] → consistent
        { "Turnover in the first seven months of 2021 reached 8.6 billion USD. Exports and imports reached 4.7 billion USD and 3.8 billion USD respectively. Against the same period of last year, exports rose by 953 million USD (25.2 percent). In July 2021 exports amounted to 630.3 million USD.", ClaimKind.Growth, "25.2", Verdict.Consistent },
        { "Товарооборот за семь месяцев 2021 года составил 8,6 млрд долларов. Экспорт составил 4,7 млрд долларов, импорт – 3,8 млрд долларов. По сравнению с тем же периодом прошлого года экспорт увеличился на 953 млн долларов (25,2%). В июле 2021 года экспорт составил 630,3 млн долларов.", ClaimKind.Growth, "25.2", Verdict.Consistent },
        // 3.1 / (187.4 − 3.1) = 1.68%, [3.05 / 187.45 …] ⊂ [1.62, 1.74] ∩ 1.7 [1.65, 1.75]; the exports change, not the
        // imports one of the same clause, and total exports, not services exports
        { "Total exports in April came to $187.4 billion and imports to $227.7 billion. Services exports increased $0.4 billion to $56.3 billion. Exports were up $3.1 billion, or 1.7 percent, and imports were down $3.2 billion, or 1.4 percent.", ClaimKind.Growth, "1.7", Verdict.Consistent },
        // 3.2 / (227.7 + 3.2) = 1.386%, [1.363, 1.408] ∩ 1.4 [1.35, 1.45] → consistent
        { "Total exports in April came to $187.4 billion and imports to $227.7 billion. Services exports increased $0.4 billion to $56.3 billion. Exports were up $3.1 billion, or 1.7 percent, and imports were down $3.2 billion, or 1.4 percent.", ClaimKind.Growth, "1.4", Verdict.Consistent },
        // the year so far: April's exports are not the level of a year-to-date change → unverifiable
        { "April exports were $95.5 billion. Year-to-date, the goods and services deficit decreased $26.0 billion, or 13.4%. Exports decreased $79.8 billion or 9.5%.", ClaimKind.Growth, "9.5", Verdict.Unverifiable },
        { "Экспорт в апреле составил 95,5 млрд долларов. С начала года дефицит сократился на 26,0 млрд долларов, или на 13,4%. Экспорт уменьшился на 79,8 млрд долларов, или на 9,5%.", ClaimKind.Growth, "9.5", Verdict.Unverifiable },
        // "stood at X or increased by Y%": X is the level the rate went to, not a change; the earlier level is not printed
        { "Total exports last month stood at US$15.21 billion or increased by 11.73 percent (mom).", ClaimKind.Growth, "11.73", Verdict.Unverifiable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Fact]
    public void LevelBeforeOrAndAVerbOfChange_IsNoChange() =>
        Assert.DoesNotContain(VerificationReport.Check("Total exports last month stood at US$15.21 billion or increased by 11.73 percent (mom).").Checks,
            c => c.Claim.Kind == ClaimKind.Change);
}
