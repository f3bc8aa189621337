using System.Runtime.InteropServices;

namespace Dyad.Bench;

/// <summary>What the figures were measured on, and how busy it was: the machine is shared, and load shows in them.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = ReadProc("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadProc("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:")) is { } m ? $"{long.Parse(m.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024 / 1024.0:0.#} GB RAM" : "";
        return $"{RuntimeInformation.OSDescription}, {cpu}, {Environment.ProcessorCount} cores, {memory}, .NET {Environment.Version}";
    }

    /// <summary>The 1-minute load average: above the core count, other processes took part of the cores.</summary>
    public static string LoadAverage() => ReadProc("/proc/loadavg").FirstOrDefault()?.Split(' ')[0] ?? "?";

    /// <summary>Peak resident set size of this process (VmHWM), in bytes.</summary>
    public static long PeakRss() =>
        ReadProc("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:")) is { } line
            ? long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024
            : System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64;

    private static string[] ReadProc(string path)
    {
        try { return File.ReadAllLines(path); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }
}
