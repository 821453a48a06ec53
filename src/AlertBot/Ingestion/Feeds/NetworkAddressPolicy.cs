using System.Net;
using System.Net.Sockets;

namespace AlertBot.Ingestion.Feeds;

/// <summary>
/// Which resolved addresses a feed fetch may connect to. A feed URL is user-controlled input: without this,
/// a feed (or a redirect, or a DNS answer) could point the bot at the host's own services or the local network.
/// </summary>
public static class NetworkAddressPolicy
{
    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublicV4(address.MapToIPv4().GetAddressBytes());
        }

        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(byte[] b) => !(
        b[0] == 0                                        // "this" network, 0.0.0.0
        || b[0] == 10                                    // private
        || (b[0] == 100 && (b[1] & 0xC0) == 64)          // carrier-grade NAT 100.64/10
        || b[0] == 127                                   // loopback
        || (b[0] == 169 && b[1] == 254)                  // link-local (cloud metadata lives here)
        || (b[0] == 172 && (b[1] & 0xF0) == 16)          // private 172.16/12
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)  // IETF protocol assignments, TEST-NET-1
        || (b[0] == 192 && b[1] == 168)                  // private
        || (b[0] == 198 && (b[1] & 0xFE) == 18)          // benchmarking 198.18/15
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)    // TEST-NET-2
        || (b[0] == 203 && b[1] == 0 && b[2] == 113)     // TEST-NET-3
        || b[0] >= 224);                                 // multicast, reserved, broadcast

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
        {
            return false;
        }

        var b = address.GetAddressBytes();
        // Addresses that embed an IPv4 address are judged by it: IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublicV4(b[12..16]);
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
        {
            return IsPublicV4(b[12..16]);
        }

        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return IsPublicV4(b[2..6]);
        }

        // 2001:db8::/32 documentation; 2001::/32 Teredo can tunnel to anything.
        return !(b[0] == 0x20 && b[1] == 0x01 && ((b[2] == 0x0d && b[3] == 0xb8) || (b[2] == 0 && b[3] == 0)));
    }
}
