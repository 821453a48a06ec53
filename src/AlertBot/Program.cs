using AlertBot.Cli;

return await AlertBotCommandLine.Build().Parse(args).InvokeAsync();
