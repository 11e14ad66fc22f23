using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/CanvasLang.Benchmarks -- --filter '*'` (see docs/benchmarks.md).
// `… -- --quick <file.canvas>`: a stopwatch per rule on one file (median of 5, beyond binding), in seconds rather than minutes.
// `… -- --quick-edit <file.canvas> [iterations]`: the same after a one-character edit in one entry (re-parse untimed).
// `… -- --quick-edit-kinds <file.canvas> [iterations]`: each kind of keystroke of the LSP benchmark (typing in an entry, a declaration
//     at the end, with a half-typed declaration, an unterminated text, a deleted brace): incremental parse, full parse, analysis.
// `… -- --quick-session <file.canvas> [iterations]`: the server's loop in process (workspace, analysis, diagnostics as JSON) per kind, with collections and pauses per edit.
// `… -- --quick-cold <file.canvas>`: the first analysis, in a fresh process and with all-new texts.
// `… -- --quick-actions <entries>…`: code actions for a whole-file range and for a cursor on generated canvases of those sizes.
// `… -- --quick-allocations file.canvas [edits]`: the types an edit allocates most, small- and large-object heap apart.
// `… -- --quick-completion file.canvas [requests]`: completion at the end of the last line ending in `relieves `, in process.
// `… -- --dump <out.txt> <file.canvas>…`: every diagnostic field of the files, to compare outputs before and after a change.
switch (args)
{
    case ["--quick", var file]:
        CanvasLang.Benchmarks.QuickRuleTimes.Run(file);
        return;
    case ["--quick-edit", var file, ..]:
        CanvasLang.Benchmarks.QuickEditTimes.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 21);
        return;
    case ["--quick-edit-kinds", var file, ..]:
        CanvasLang.Benchmarks.QuickEditKinds.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 21);
        return;
    case ["--quick-session", var file, ..]:
        CanvasLang.Benchmarks.QuickSession.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40);
        return;
    case ["--quick-allocations", var file, ..]:
        CanvasLang.Benchmarks.QuickAllocations.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 40);
        return;
    case ["--quick-completion", var file, ..]:
        CanvasLang.Benchmarks.QuickCompletion.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
        return;
    case ["--quick-cold", var file]:
        CanvasLang.Benchmarks.QuickColdTimes.Run(file);
        return;
    case ["--loop-edit", var file, var seconds]:
        CanvasLang.Benchmarks.QuickEditTimes.Loop(file, int.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
        return;
    case ["--quick-actions", .. var sizes]:
        CanvasLang.Benchmarks.QuickActionTimes.Run(sizes.Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)));
        return;
    case ["--dump", var output, .. var files]:
        CanvasLang.Benchmarks.DiagnosticsDump.Run(output, files);
        return;
}

BenchmarkSwitcher.FromAssembly(typeof(CanvasLang.Benchmarks.AnalysisBenchmarks).Assembly).Run(args);
