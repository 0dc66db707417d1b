using BenchmarkDotNet.Attributes;
using NodaTime;
using TradeDomain;

namespace TradeDomain.Benchmarks;

/// <summary>Resolving countries by code and by name, and group membership at a date.</summary>
[MemoryDiagnoser]
public class CountryLookupBenchmarks
{
    private readonly LocalDate date = new(2023, 12, 31);

    [Benchmark]
    public Country ByAlpha2() => Country.TryFromCode("KZ", out var c) ? c : default;

    [Benchmark]
    public Country ByAlpha3() => Country.TryFromCode("KAZ", out var c) ? c : default;

    [Benchmark]
    public Country ByNumeric() => Country.TryFromCode("398", out var c) ? c : default;

    [Benchmark]
    public Country ByName() => Country.TryFromName("Korea, Rep.", out var c) ? c : default;

    [Benchmark]
    public Country ByRussianName() => Country.TryFromName("Казахстан", out var c) ? c : default;

    [Benchmark]
    public int ScoMembersAt() => CountryGroup.SCO.MembersAt(date).Length;

    [Benchmark]
    public int EuMembersAt() => CountryGroup.EU.MembersAt(date).Length;

    [Benchmark]
    public bool EuIsMember() => CountryGroup.EU.IsMember(Country.FromCode("DE"), date);
}
