using AlertBot.Soak;

var options = SoakOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: soak [--minutes N] [--chats N] [--seed N] [--keep]");
    return 2;
}

return await new SoakRun(options).RunAsync();
