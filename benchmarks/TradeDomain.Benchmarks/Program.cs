using System.Globalization;
using BenchmarkDotNet.Running;
using TradeDomain.Benchmarks;

if (args is ["duck", var d])
{
    AggregationProbe.Duck(int.Parse(d, CultureInfo.InvariantCulture));
    return;
}

if (args is ["files", var filesRows])
{
    FlowFiles.Ensure(int.Parse(filesRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["fileprobe", var fileRows])
{
    FlowFiles.Probe(int.Parse(fileRows, CultureInfo.InvariantCulture));
    return;
}

if (args is ["probe", var rows])
{
    AggregationProbe.Run(int.Parse(rows, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticFlows).Assembly).Run(args);
