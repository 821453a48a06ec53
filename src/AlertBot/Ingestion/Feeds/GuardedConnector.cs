using System.Net;
using System.Net.Sockets;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Resolves and connects in one place so the address check sees exactly the address used: checking a URL's
/// host before the request would let a second DNS answer (rebinding) slip a private address through.
/// </summary>
internal static class GuardedConnector
{
    public static SocketsHttpHandler CreateHandler(bool allowPrivateAddresses) => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        // A proxy would make the connect callback see the proxy, not the target.
        UseProxy = false,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context, allowPrivateAddresses, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, bool allowPrivate, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = allowPrivate ? addresses : addresses.Where(NetworkAddressPolicy.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new BlockedAddressException($"refused to connect to {host}: it resolves only to private, loopback, link-local or reserved addresses");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
