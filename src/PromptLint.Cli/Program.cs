using System;
using System.IO;
using PromptLint.Cli;

using Stream stdin = Console.OpenStandardInput();
return CommandLine.Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory(), stdin);
