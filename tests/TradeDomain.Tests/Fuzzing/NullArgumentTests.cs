using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace TradeDomain.Tests.Fuzzing;

/// <summary>
/// In the manner of MoreLINQ's NullArgumentTest: every public method and constructor of the library, called once for each
/// of its non-nullable reference parameters with null there and valid values elsewhere, throws
/// <see cref="ArgumentNullException"/> naming that parameter. Found by reflection: new members are covered unedited.
/// </summary>
public class NullArgumentTests
{
    public static TheoryData<string> Cases() => [.. Discover().Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void NullArgument_ThrowsArgumentNullException_NamingIt(string id)
    {
        var (method, index) = Discover()[id];
        var parameters = method.GetParameters();
        var args = new object?[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            args[i] = i == index ? null : ValueFor(parameters[i].ParameterType.IsByRef ? parameters[i].ParameterType.GetElementType()! : parameters[i].ParameterType);
        }

        object? target = method.IsStatic || method is ConstructorInfo ? null : ValueFor(method.DeclaringType!);
        Exception? thrown = null;
        try
        {
            if (method is ConstructorInfo ctor)
            {
                ctor.Invoke(args);
            }
            else
            {
                method.Invoke(target, args);
            }
        }
        catch (TargetInvocationException t) when (t.InnerException is not null)
        {
            thrown = t.InnerException;
        }

        Assert.True(thrown is ArgumentNullException a && a.ParamName == parameters[index].Name,
            $"{id}: expected ArgumentNullException for '{parameters[index].Name}', got {(thrown is null ? "no exception" : thrown.GetType().Name + " (" + (thrown as ArgumentException)?.ParamName + "): " + thrown.Message)}");
    }

    [Fact]
    public void Discovery_CoversTheLibrary() => Assert.True(Discover().Count >= 100, $"only {Discover().Count} cases");

    private static readonly Lazy<Dictionary<string, (MethodBase Method, int Index)>> Found = new(Find);

    private static Dictionary<string, (MethodBase Method, int Index)> Discover() => Found.Value;

    private static Dictionary<string, (MethodBase, int)> Find()
    {
        var nullability = new NullabilityInfoContext();
        var result = new Dictionary<string, (MethodBase, int)>(StringComparer.Ordinal);
        foreach (var type in EntryPoints.PublicTypes())
        {
            const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            IEnumerable<MethodBase> members = type.GetMethods(Flags).Cast<MethodBase>().Concat(type.IsAbstract ? [] : type.GetConstructors(Flags));
            foreach (var method in members)
            {
                if (method.IsGenericMethodDefinition || method.Name.Contains('<', StringComparison.Ordinal) || method.IsAbstract
                    || (!method.IsStatic && method is not ConstructorInfo && type.IsAbstract))
                {
                    continue;
                }

                var parameters = method.GetParameters();
                if (parameters.Any(p => p.ParameterType.IsByRefLike || (p.ParameterType.IsByRef && p.ParameterType.GetElementType()!.IsByRefLike))
                    || !parameters.All(p => CanMake(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType))
                    || (!method.IsStatic && method is not ConstructorInfo && !CanMake(type)))
                {
                    continue;
                }

                for (int i = 0; i < parameters.Length; i++)
                {
                    var p = parameters[i];
                    if (p.ParameterType.IsValueType || p.ParameterType.IsByRef || p.IsOut
                        || nullability.Create(p).WriteState != NullabilityState.NotNull)
                    {
                        continue;
                    }

                    result[EntryPoints.DocId(method) + " #" + p.Name] = (method, i);
                }
            }
        }

        return result;
    }

    private static bool CanMake(Type t)
    {
        try
        {
            return ValueFor(t) is not null || !t.IsValueType;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>A valid value of a parameter type: a sample of a library type, a one-element collection, a delegate
    /// returning default, a culture, a writer …</summary>
    private static object? ValueFor(Type t)
    {
        if (t == typeof(string))
        {
            return "x";
        }

        if (t == typeof(object))
        {
            return "x";
        }

        if (t == typeof(IFormatProvider) || t == typeof(CultureInfo))
        {
            return CultureInfo.InvariantCulture;
        }

        if (t == typeof(Type))
        {
            return typeof(object);
        }

        if (t == typeof(JsonSerializerOptions))
        {
            return JsonSerializerOptions.Default;
        }

        if (t == typeof(Utf8JsonWriter))
        {
            return new Utf8JsonWriter(Stream.Null);
        }

        if (t == typeof(TextWriter))
        {
            return new StringWriter();
        }

        if (t == typeof(TextReader))
        {
            return new StringReader("");
        }

        if (t == typeof(Stream))
        {
            return new MemoryStream();
        }

        if (t.IsEnum)
        {
            return Enum.GetValues(t).GetValue(0);
        }

        if (t.IsPrimitive || t == typeof(decimal))
        {
            return Convert.ChangeType(1, t, CultureInfo.InvariantCulture);
        }

        if (t == typeof(NodaTime.LocalDate))
        {
            return new NodaTime.LocalDate(2023, 1, 1);
        }

        if (t == typeof(NodaTime.YearMonth))
        {
            return new NodaTime.YearMonth(2023, 1);
        }

        if (Nullable.GetUnderlyingType(t) is { } underlying)
        {
            return ValueFor(underlying);
        }

        if (t.IsArray)
        {
            var element = t.GetElementType()!;
            var array = Array.CreateInstance(element, 1);
            array.SetValue(ValueFor(element), 0);
            return array;
        }

        if (t.IsGenericType && t.IsInterface)
        {
            var args = t.GetGenericArguments();
            if (args.Length == 1 && t.IsAssignableFrom(args[0].MakeArrayType()))
            {
                return ValueFor(args[0].MakeArrayType());
            }

            if (args.Length == 2 && t.IsAssignableFrom(typeof(Dictionary<,>).MakeGenericType(args)))
            {
                var dictionary = (System.Collections.IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
                dictionary.Add(ValueFor(args[0])!, ValueFor(args[1]));
                return dictionary;
            }
        }

        if (typeof(Delegate).IsAssignableFrom(t))
        {
            var invoke = t.GetMethod("Invoke")!;
            var ps = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
            Expression body = invoke.ReturnType == typeof(void) ? Expression.Empty() : Expression.Constant(ValueFor(invoke.ReturnType), invoke.ReturnType);
            return Expression.Lambda(t, body, ps).Compile();
        }

        if (t.Assembly == EntryPoints.Library)
        {
            var samples = SampleValues.For(t);
            if (samples.Count > 0)
            {
                return samples[0];
            }

            if (!t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is { } ctor)
            {
                return ctor.Invoke(null);
            }
        }

        throw new NotSupportedException(t.FullName);
    }
}
