using System.Collections;
using System.Reflection;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>Valid values of a library type found without naming the type: its static properties (Currency.All,
/// CountryGroup.BuiltIn …) and whatever its own parsers make of <see cref="FuzzInputs.ValidForms"/>.</summary>
public static class SampleValues
{
    private static readonly Dictionary<Type, IReadOnlyList<object>> Cache = [];

    public static IReadOnlyList<object> For(Type type)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(type, out var values))
            {
                values = Find(type);
                Cache[type] = values;
            }

            return values;
        }
    }

    private static List<object> Find(Type type)
    {
        var found = new List<object>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var value = property.GetValue(null);
            if (value is not null && type.IsInstanceOfType(value))
            {
                found.Add(value);
            }
            else if (value is IEnumerable sequence && value is not string)
            {
                var items = sequence.Cast<object?>().Where(type.IsInstanceOfType).ToList();
                int step = Math.Max(1, items.Count / 12);
                found.AddRange(items.Where((_, i) => i % step == 0).Take(12)!);
            }
        }

        foreach (var parse in EntryPoints.ById.Values.Where(e => e.Method.DeclaringType == type && e.Method.ReturnType == type && !e.MustNotThrow))
        {
            foreach (var form in FuzzInputs.ValidForms)
            {
                try
                {
                    if (parse.Invoke(form) is { } value)
                    {
                        found.Add(value);
                    }
                }
                catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
                {
                }
            }
        }

        return [.. found.Distinct().Take(40)];
    }
}
