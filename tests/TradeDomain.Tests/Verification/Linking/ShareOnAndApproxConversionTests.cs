using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>Hold-out set 12's shapes: the part of a share named after "на" before its share word ("На экспорт пришлась
/// большая часть товарооборота – 72,5%"), the value a share is given with before another of its measure ("На импорт
/// пришлось 19,7%, или $424,67 млн"), and a conversion whose bracket opens with an approximator ("127,7 млрд юаней (около
/// 19,8 млрд долл. США)"). Invented figures; working in comments.</summary>
public class ShareOnAndApproxConversionTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 2.2 / 3 = 73.3%; inputs [2.15 / 3.5, 2.25 / 2.5] = [61.43, 90.0] ∋ 72.5 [72.45, 72.55] → consistent
        { "Товарооборот составил 3 млрд долларов. На экспорт пришлась большая часть товарооборота – 72,5%. Экспорт составил 2,2 млрд долларов, импорт – 833,5 млн долларов.", ClaimKind.Share, "72.5", Verdict.Consistent },
        { "Товарообіг становив 3 млрд доларів. На експорт припала більша частина товарообігу – 72,5%. Експорт становив 2,2 млрд доларів, імпорт – 833,5 млн доларів.", ClaimKind.Share, "72.5", Verdict.Consistent },
        // 424.67 / 2 150 = 19.752%; inputs [424.665 / 2 155, 424.675 / 2 145] = [19.706, 19.798] ∋ 19.7 [19.65, 19.75] → consistent
        { "Товарооборот вырос до $2,15 млрд. На импорт пришлось 19,7%, или $424,67 млн ($302,15 млн в 2020 году).", ClaimKind.Share, "19.7", Verdict.Consistent },
        // 127.7 / 19.8 = 6.45 yuan a dollar: plausible → consistent
        { "Внешняя торговля провинции выросла на 22,3% до 127,7 млрд юаней (около 19,8 млрд долл. США).", ClaimKind.Conversion, "19.8", Verdict.Consistent },
        { "The province's foreign trade rose 22.3% to 127.7 billion yuan (about 19.8 billion US dollars).", ClaimKind.Conversion, "19.8", Verdict.Consistent },
        // 127.7 billion yuan as 19.8 million dollars: 6 450 yuan a dollar, a scale slip → inconsistent
        { "The province's foreign trade rose 22.3% to 127.7 billion yuan (about 19.8 million US dollars).", ClaimKind.Conversion, "19.8", Verdict.Inconsistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}
