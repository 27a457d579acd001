using System.Diagnostics;

namespace Resolution2006_27.Model.Tests;

/// <summary>Runs a program to its end, with a time limit, and returns its exit code and output.</summary>
internal static class ProcessRunner
{
    public static (int Code, string Out, string Err) Run(string program, string? workingDirectory, TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(" ", args)} did not finish within {limit}");
        }
        return (process.ExitCode, output.Result, error.Result);
    }
}
