using System.Runtime.InteropServices;

namespace CanvasLang.Benchmarks;

/// <summary>CPU time of the calling thread (Linux clock_gettime), or wall time elsewhere.</summary>
internal static class ThreadCpu
{
    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    public static double Milliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return System.Diagnostics.Stopwatch.GetTimestamp() * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
        }

        ClockGetTime(ThreadCpuClock, out var time);
        return time.Seconds * 1000.0 + time.Nanoseconds / 1_000_000.0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
