using System;
using System.IO;
using PromptLint.Cli;

return CommandLine.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());
