using CanvasLang.Cli;

return CanvasCli.Run(args, Console.Out, Console.Error);
