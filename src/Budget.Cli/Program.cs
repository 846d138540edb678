using Budget.Cli;

return Commands.Run(args, Console.OpenStandardOutput(), Console.Error);
