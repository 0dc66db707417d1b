namespace TradeDomain.Data;

/// <summary>Opens trade data files as <see cref="TradeFlowReader"/>s.</summary>
public static class TradeFiles
{
    /// <summary>A UN Comtrade CSV (data API or bulk download): reporter and partner by Comtrade code, flows X/M/RX/RM
    /// (other flow codes set apart by name), years and months, HS codes at any level, values in US dollars; totals
    /// (partner World, isAggregate, commodity TOTAL, all-modes rows of a breakdown) set apart.</summary>
    /// <exception cref="TradeDataException">A column the format needs is missing.</exception>
    public static TradeFlowReader OpenComtrade(string path, ComtradeOptions? comtrade = null, TradeFileOptions? options = null) =>
        OpenComtradeStream(OpenFile(path), Path.GetFileName(path), comtrade, options);

    /// <summary>A UN Comtrade CSV from a stream (disposed with the reader); <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="TradeDataException">A column the format needs is missing.</exception>
    public static TradeFlowReader OpenComtradeStream(Stream stream, string name, ComtradeOptions? comtrade, TradeFileOptions? options) =>
        new CsvFlowReader(CheckStream(stream), CheckName(name), new ComtradeFormat(comtrade ?? ComtradeOptions.Default), options ?? TradeFileOptions.Default);

    /// <summary>A CEPII BACI CSV (t, i, j, k, v, q): each row an export of i to j in year t of HS6 product k, worth
    /// v thousand US dollars (read as exactly v × 1000 dollars).</summary>
    /// <exception cref="TradeDataException">A column the format needs is missing.</exception>
    public static TradeFlowReader OpenBaci(string path, TradeFileOptions? options = null) =>
        OpenBaciStream(OpenFile(path), Path.GetFileName(path), options);

    /// <summary>A CEPII BACI CSV from a stream (disposed with the reader).</summary>
    /// <exception cref="TradeDataException">A column the format needs is missing.</exception>
    public static TradeFlowReader OpenBaciStream(Stream stream, string name, TradeFileOptions? options) =>
        new CsvFlowReader(CheckStream(stream), CheckName(name), new BaciFormat(), options ?? TradeFileOptions.Default);

    /// <summary>Any CSV or TSV (the separator is detected from the header: ',', ';', tab or '|') read through a column map.</summary>
    /// <exception cref="TradeDataException">A mapped column is missing.</exception>
    public static TradeFlowReader OpenCsv(string path, CsvColumnMap map, TradeFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var format = new MappedFormat(map);
        return new CsvFlowReader(OpenFile(path), Path.GetFileName(path), format, options ?? TradeFileOptions.Default);
    }

    /// <summary>Any CSV or TSV from a stream (disposed with the reader).</summary>
    /// <exception cref="TradeDataException">A mapped column is missing.</exception>
    public static TradeFlowReader OpenCsvStream(Stream stream, string name, CsvColumnMap map, TradeFileOptions? options)
    {
        ArgumentNullException.ThrowIfNull(map);
        var format = new MappedFormat(map);
        return new CsvFlowReader(CheckStream(stream), CheckName(name), format, options ?? TradeFileOptions.Default);
    }

    /// <summary>A Parquet file of flows in the schema <see cref="TradeParquet"/> writes.</summary>
    /// <exception cref="TradeDataException">The file lacks a column of the schema or is not Parquet.</exception>
    public static TradeFlowReader OpenParquet(string path, TradeFileOptions? options = null) =>
        OpenParquetStream(OpenFile(path), Path.GetFileName(path), options);

    /// <summary>A Parquet file of flows from a seekable stream (disposed with the reader).</summary>
    /// <exception cref="TradeDataException">The file lacks a column of the schema or is not Parquet.</exception>
    public static TradeFlowReader OpenParquetStream(Stream stream, string name, TradeFileOptions? options) =>
        new ParquetFlowReader(CheckStream(stream), CheckName(name), options ?? TradeFileOptions.Default);

    private static FileStream OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
    }

    private static Stream CheckStream(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return stream.CanRead ? stream : throw new ArgumentException("The stream cannot be read.", nameof(stream));
    }

    private static string CheckName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name;
    }
}
