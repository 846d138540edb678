using System.Reflection;
using System.Runtime.CompilerServices;
using Budget.Domain.Money;

namespace Budget.Domain.Tests;

/// <summary>Conventions every public type of the library keeps (docs/style.md 1, 20, 21, 24).</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(Amount).Assembly.GetExportedTypes();

    [Fact]
    public void Every_public_struct_is_readonly()
    {
        var mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute)))
            // A struct enumerator (as List<T>.Enumerator) is mutable by its nature: foreach walks without allocating.
            .Where(t => !typeof(System.Collections.IEnumerator).IsAssignableFrom(t))
            .Select(t => t.FullName);
        Assert.Empty(mutable);
    }

    [Fact]
    public void No_public_type_has_a_public_setter_or_a_public_mutable_field()
    {
        var setters = PublicTypes
            .Where(t => !t.IsEnum && !typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(p => p.SetMethod is { IsPublic: true })

            // FluentValidation's own settings on a validator (cascade modes) are its API, not ours.
            .Where(p => p.DeclaringType!.Assembly == typeof(Budget.Domain.Money.Amount).Assembly)
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        var fields = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");
        Assert.Empty(setters.Concat(fields));
    }

    [Fact]
    public void Every_public_value_and_class_has_a_meaningful_ToString()
    {
        var plain = PublicTypes
            .Where(t => !t.IsEnum && !t.IsInterface && !t.IsAbstract && !typeof(Exception).IsAssignableFrom(t))
            .Where(t => t.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType is var d && (d == typeof(object) || d == typeof(ValueType)))
            .Select(t => t.FullName);
        Assert.Empty(plain);
    }

    [Fact]
    public void Every_regular_expression_of_the_library_cannot_backtrack()
    {
        var regexes = typeof(Amount).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(System.Text.RegularExpressions.Regex) && !f.DeclaringType!.ContainsGenericParameters)
            .Select(f => (Name: $"{f.DeclaringType!.Name}.{f.Name}", Regex: (System.Text.RegularExpressions.Regex)f.GetValue(null)!))
            .ToList();
        Assert.NotEmpty(regexes);
        Assert.All(regexes, r => Assert.True(r.Regex.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking), r.Name));
        Assert.DoesNotContain(regexes, r => r.Name.StartsWith("DocumentReader", StringComparison.Ordinal) || r.Name.StartsWith("ReadText", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_exception_is_sealed() =>
        Assert.All(PublicTypes.Where(t => typeof(Exception).IsAssignableFrom(t)), t => Assert.True(t.IsSealed, t.FullName));

    [Fact]
    public void Every_public_getter_of_a_default_value_answers_without_throwing()
    {
        foreach (var type in PublicTypes.Where(t => t.IsValueType && !t.IsEnum && !t.ContainsGenericParameters))
        {
            object instance = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                var exception = Record.Exception(() => property.GetValue(instance));
                Assert.True(exception is null, $"{type.Name}.{property.Name} threw {exception?.InnerException?.GetType().Name}");
            }

            Assert.False(string.IsNullOrEmpty(instance.ToString()), type.Name);
        }
    }
}
