using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>A balance stated as one flow exceeding the other ("Exports exceeded imports by $2.1 billion", "превышение
/// импорта над экспортом составило …") is the balance with its sign, checked against the exports and imports.
/// Invented figures, working in comments.</summary>
public class ExceedingBalanceTests
{
    [Theory]
    // 5.2 − 3.1 = 2.1; inputs [5.15 − 3.15, 5.25 − 3.05] = [2.0, 2.2]; 2.1 -> [2.05, 2.15] -> consistent.
    [InlineData("Exports came to $5.2 billion and imports to $3.1 billion. Exports exceeded imports by $2.1 billion.", "2.1", Verdict.Consistent)]
    // 7.3 − 5.2 = 2.1 (a deficit); 2,1 -> consistent.
    [InlineData("Экспорт составил 5,2 млрд долларов, импорт — 7,3 млрд долларов. Превышение импорта над экспортом составило 2,1 млрд долларов.", "2.1", Verdict.Consistent)]
    [InlineData("Експорт склав 5,2 млрд доларів, імпорт – 7,3 млрд доларів, перевищення імпорту над експортом – 2,1 млрд доларів.", "2.1", Verdict.Consistent)]
    // in one sentence, 5.2 − 3.1 = 2.1 against 3.1 [3.05, 3.15] -> inconsistent.
    [InlineData("Exports came to $5.2 billion and imports to $3.1 billion, so exports exceeded imports by $3.1 billion.", "3.1", Verdict.Inconsistent)]
    public void ExceedingBalance_IsChecked(string text, string published, Verdict verdict) =>
        ShapeCheck.Verify(text, ClaimKind.Difference, published, verdict);
}
