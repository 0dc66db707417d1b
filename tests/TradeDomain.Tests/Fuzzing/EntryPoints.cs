using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json.Serialization;
using System.Xml.Linq;
using NodaTime;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>
/// Finds, by reflection, every public static method of the TradeDomain assembly that takes text first (a
/// <see cref="string"/> or a <see cref="ReadOnlySpan{T}"/> of char): parsers, <c>TryParse</c>, <c>From…</c> factories,
/// name matchers, the verifier. A type added later is covered without editing the suite.
/// </summary>
public static class EntryPoints
{
    public static Assembly Library { get; } = typeof(Money).Assembly;

    /// <summary>A callable entry point: text first, every other argument filled in.</summary>
    public sealed record EntryPoint(string Id, MethodInfo Method, Func<string, object?> Invoke, IReadOnlyList<Type> Documented)
    {
        /// <summary>Try… methods promise never to throw.</summary>
        public bool MustNotThrow => Method.Name.StartsWith("Try", StringComparison.Ordinal);

        /// <summary>Parse methods may throw FormatException (the ISpanParsable contract) and what their docs list.</summary>
        public bool Allows(Exception e) =>
            !MustNotThrow
            && e is not ArgumentNullException
            && ((Method.Name.StartsWith("Parse", StringComparison.Ordinal) && e is FormatException)
                || Documented.Any(t => t.IsInstanceOfType(e)));

        public override string ToString() => Id;
    }

    private static readonly Lazy<IReadOnlyDictionary<string, EntryPoint>> All = new(Discover);

    public static IReadOnlyDictionary<string, EntryPoint> ById => All.Value;

    public static TheoryData<string> Ids() => [.. All.Value.Keys.Order(StringComparer.Ordinal)];

    public static IEnumerable<Type> PublicTypes() =>
        Library.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition);

    private static Dictionary<string, EntryPoint> Discover()
    {
        var result = new Dictionary<string, EntryPoint>(StringComparer.Ordinal);
        foreach (var type in PublicTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var parameters = method.GetParameters();
                if (method.IsGenericMethodDefinition || method.IsSpecialName || parameters.Length == 0
                    || (parameters[0].ParameterType != typeof(string) && parameters[0].ParameterType != typeof(ReadOnlySpan<char>))
                    || method.ReturnType.IsByRefLike || method.ReturnType.IsByRef)
                {
                    continue;
                }

                var rest = new object?[parameters.Length];
                bool ok = true;
                for (int i = 1; i < parameters.Length && ok; i++)
                {
                    ok = TryArgument(parameters[i], out rest[i]);
                }

                if (!ok)
                {
                    continue;
                }

                var id = DocId(method);
                var call = Compile(method);
                result[id] = new EntryPoint(id, method, text => call(text, rest), Docs.Exceptions(method));
            }
        }

        return result;
    }

    /// <summary>The value given to a parameter after the text: the invariant culture, the default currency context, a
    /// date, the declared default; false when the suite does not know how to fill it (the method is then not fuzzed).</summary>
    private static bool TryArgument(ParameterInfo p, out object? value)
    {
        var t = p.ParameterType;
        value = null;
        if (t.IsByRef)
        {
            return p.IsOut;
        }

        if (t == typeof(IFormatProvider))
        {
            value = CultureInfo.InvariantCulture;
            return true;
        }

        if (t == typeof(CurrencyContext))
        {
            value = CurrencyContext.Default;
            return true;
        }

        if (t == typeof(LocalDate))
        {
            value = new LocalDate(2005, 1, 1);
            return true;
        }

        if (p.HasDefaultValue)
        {
            value = p.DefaultValue;
            return !t.IsValueType || value is not null || Nullable.GetUnderlyingType(t) is not null;
        }

        return false;
    }

    /// <summary>A delegate that calls <paramref name="method"/> with the text (as a string or a span) and the other
    /// arguments; out parameters get locals. Reflection cannot box a span, so this is emitted.</summary>
    private static Func<string, object?[], object?> Compile(MethodInfo method)
    {
        var parameters = method.GetParameters();
        var dm = new DynamicMethod("fuzz_" + method.Name, typeof(object), [typeof(string), typeof(object[])], typeof(EntryPoints).Module, skipVisibility: true);
        var il = dm.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        if (parameters[0].ParameterType == typeof(ReadOnlySpan<char>))
        {
            il.Emit(OpCodes.Call, typeof(string).GetMethod("op_Implicit", [typeof(string)])!);
        }

        for (int i = 1; i < parameters.Length; i++)
        {
            var t = parameters[i].ParameterType;
            if (t.IsByRef)
            {
                var local = il.DeclareLocal(t.GetElementType()!);
                il.Emit(OpCodes.Ldloca, local);
                continue;
            }

            il.Emit(OpCodes.Ldarg_1);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            il.Emit(t.IsValueType ? OpCodes.Unbox_Any : OpCodes.Castclass, t);
        }

        il.Emit(OpCodes.Call, method);
        if (method.ReturnType == typeof(void))
        {
            il.Emit(OpCodes.Ldnull);
        }
        else if (method.ReturnType.IsValueType)
        {
            il.Emit(OpCodes.Box, method.ReturnType);
        }

        il.Emit(OpCodes.Ret);
        return dm.CreateDelegate<Func<string, object?[], object?>>();
    }

    /// <summary>The XML documentation id of a method, "M:TradeDomain.Country.Parse(System.String)".</summary>
    public static string DocId(MethodBase method)
    {
        var parameters = method.GetParameters();
        var name = method is ConstructorInfo ? "#ctor" : method.Name;
        var id = "M:" + TypeId(method.DeclaringType!) + "." + name;
        return parameters.Length == 0 ? id : id + "(" + string.Join(",", parameters.Select(p => TypeId(p.ParameterType))) + ")";
    }

    private static string TypeId(Type t)
    {
        if (t.IsByRef)
        {
            return TypeId(t.GetElementType()!) + "@";
        }

        if (t.IsArray)
        {
            return TypeId(t.GetElementType()!) + "[]";
        }

        if (t.IsGenericParameter)
        {
            return (t.DeclaringMethod is null ? "`" : "``") + t.GenericParameterPosition.ToString(CultureInfo.InvariantCulture);
        }

        var outer = t.IsNested ? TypeId(t.DeclaringType!) + "." : (t.Namespace is { } ns ? ns + "." : "");
        var name = t.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (!t.IsGenericType)
        {
            return outer + name;
        }

        name = tick >= 0 ? name[..tick] : name;
        return t.IsConstructedGenericType
            ? outer + name + "{" + string.Join(",", t.GetGenericArguments().Select(TypeId)) + "}"
            : outer + t.Name;
    }

    /// <summary>Reads the exceptions a member documents (&lt;exception cref&gt;), following &lt;inheritdoc cref&gt;.</summary>
    private static class Docs
    {
        private static readonly Lazy<Dictionary<string, XElement>> Members = new(() =>
        {
            var path = Path.ChangeExtension(Library.Location, ".xml");
            return XDocument.Load(path).Descendants("member")
                .GroupBy(m => (string)m.Attribute("name")!)
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        });

        public static IReadOnlyList<Type> Exceptions(MethodInfo method)
        {
            var found = new List<Type>();
            Collect(DocId(method), found, 0);
            return found;
        }

        private static void Collect(string id, List<Type> found, int depth)
        {
            if (depth > 5 || !Members.Value.TryGetValue(id, out var member))
            {
                return;
            }

            foreach (var e in member.Elements("exception"))
            {
                var cref = ((string?)e.Attribute("cref"))?.Replace("T:", "", StringComparison.Ordinal);
                var type = cref is null ? null : Type.GetType(cref) ?? typeof(System.Text.Json.JsonException).Assembly.GetType(cref) ?? Library.GetType(cref);
                if (type is not null)
                {
                    found.Add(type);
                }
            }

            foreach (var inherit in member.Elements("inheritdoc"))
            {
                if ((string?)inherit.Attribute("cref") is { } target)
                {
                    Collect(target, found, depth + 1);
                }
            }
        }
    }

    /// <summary>Every (type, converter) pair of the library: the types marked [JsonConverter] and every public
    /// converter class, each with the type it converts.</summary>
    public static IEnumerable<(Type Type, Type Converter)> JsonConverters()
    {
        var pairs = new HashSet<(Type, Type)>();
        foreach (var type in PublicTypes())
        {
            if (type.GetCustomAttribute<JsonConverterAttribute>() is { ConverterType: { } converter })
            {
                pairs.Add((type, converter));
            }

            if (!type.IsAbstract && Converted(type) is { } converted)
            {
                pairs.Add((converted, type));
            }
        }

        return pairs.OrderBy(p => p.Item1.FullName, StringComparer.Ordinal);

        static Type? Converted(Type t)
        {
            for (var b = t.BaseType; b is not null; b = b.BaseType)
            {
                if (b.IsGenericType && b.GetGenericTypeDefinition() == typeof(JsonConverter<>))
                {
                    return b.GetGenericArguments()[0];
                }
            }

            return null;
        }
    }
}
