using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using Netwerkbijeenkomst.Silo.Concurrency;

namespace Netwerkbijeenkomst.Silo.Server.GrainReferences;

/// <summary>A grain interface method, compiled once: how to invoke it on a grain and how to hand its result back.</summary>
internal sealed class GrainMethod
{
    private static readonly ConcurrentDictionary<MethodInfo, GrainMethod> Cache = new();
    private static readonly MethodInfo AwaitTaskOfT = typeof(GrainMethod).GetMethod(nameof(AwaitTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo AwaitValueTaskOfT = typeof(GrainMethod).GetMethod(nameof(AwaitValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToTaskOfT = typeof(GrainMethod).GetMethod(nameof(ToTask), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToValueTaskOfT = typeof(GrainMethod).GetMethod(nameof(ToValueTask), BindingFlags.NonPublic | BindingFlags.Static)!;

    private GrainMethod(MethodInfo method)
    {
        Name = $"{method.DeclaringType!.Name}.{method.Name}";
        IsReadOnly = method.GetCustomAttribute<ReadOnlyAttribute>() is not null;
        (Invoke, ConvertResult) = Compile(method);
    }

    public string Name { get; }

    public bool IsReadOnly { get; }

    /// <summary>Calls the method on a grain instance and awaits it, boxing the result.</summary>
    public Func<object, object?[], Task<object?>> Invoke { get; }

    /// <summary>Turns the boxed result back into the method's declared return type for the caller.</summary>
    public Func<Task<object?>, object> ConvertResult { get; }

    public static GrainMethod For(MethodInfo method) => Cache.GetOrAdd(method, static m => new GrainMethod(m));

    private static (Func<object, object?[], Task<object?>>, Func<Task<object?>, object>) Compile(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var call = Expression.Call(
            Expression.Convert(grain, method.DeclaringType!),
            method,
            method.GetParameters().Select((p, i) => Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType)));

        var returnType = method.ReturnType;
        Expression awaited;
        Func<Task<object?>, object> convert;
        if (returnType == typeof(Task))
        {
            awaited = Expression.Call(typeof(GrainMethod).GetMethod(nameof(AwaitPlainTask), BindingFlags.NonPublic | BindingFlags.Static)!, call);
            convert = static t => t;
        }
        else if (returnType == typeof(ValueTask))
        {
            awaited = Expression.Call(typeof(GrainMethod).GetMethod(nameof(AwaitPlainValueTask), BindingFlags.NonPublic | BindingFlags.Static)!, call);
            convert = static t => new ValueTask(t);
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var t = returnType.GetGenericArguments()[0];
            awaited = Expression.Call(AwaitTaskOfT.MakeGenericMethod(t), call);
            convert = ToTaskOfT.MakeGenericMethod(t).CreateDelegate<Func<Task<object?>, object>>();
        }
        else if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var t = returnType.GetGenericArguments()[0];
            awaited = Expression.Call(AwaitValueTaskOfT.MakeGenericMethod(t), call);
            convert = ToValueTaskOfT.MakeGenericMethod(t).CreateDelegate<Func<Task<object?>, object>>();
        }
        else
        {
            throw new InvalidOperationException(
                $"{method.DeclaringType!.Name}.{method.Name} returns {returnType.Name}; grain methods return Task, Task<T>, ValueTask or ValueTask<T>.");
        }

        return (Expression.Lambda<Func<object, object?[], Task<object?>>>(awaited, grain, args).Compile(), convert);
    }

    private static async Task<object?> AwaitPlainTask(Task task)
    {
        await task;
        return null;
    }

    private static async Task<object?> AwaitPlainValueTask(ValueTask task)
    {
        await task;
        return null;
    }

    private static async Task<object?> AwaitTask<T>(Task<T> task) => await task;

    private static async Task<object?> AwaitValueTask<T>(ValueTask<T> task) => await task;

    [SuppressMessage("Performance", "CA1859", Justification = "Bound to Func<Task<object?>, object> for every return type.")]
    private static object ToTask<T>(Task<object?> task) => Unbox<T>(task);

    [SuppressMessage("Performance", "CA1859", Justification = "Bound to Func<Task<object?>, object> for every return type.")]
    private static object ToValueTask<T>(Task<object?> task) => new ValueTask<T>(Unbox<T>(task));

    private static async Task<T> Unbox<T>(Task<object?> task) => (T)(await task)!;
}
