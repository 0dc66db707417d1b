namespace TradeDomain.Serialization;

/// <summary>Writes a <see cref="Period"/> as its canonical string ("2023-Q4", "2024-01/2024-09", "FY2023/24") and reads
/// any form <see cref="Period.Parse(string)"/> accepts; also works for dictionary keys.</summary>
public sealed class PeriodJsonConverter : TextJsonConverter<Period>
{
    /// <inheritdoc />
    protected override string Format(Period value) => value.IsDefault ? throw JsonReading.CannotWriteDefault("Period") : value.ToString(null, null);

    /// <inheritdoc />
    protected override string Expected => "a period such as \"2023\", \"2023-Q4\", \"2024-01/2024-09\" or \"FY2023/24\"";
}
