using System.Text;
using AlertBot.Alerts.Embedding;

namespace AlertBot.Tests.Alerts.Embedding;

public sealed class OnnxExternalDataTests
{
    [Fact]
    public void Split_LargeAndSmallInitializers_MovesOnlyLargeOnesAlignedAndKeepsEveryOtherField()
    {
        var big = Bytes(2000, seed: 1);
        var bigger = Bytes(70_000, seed: 2);
        var small = Bytes(8, seed: 3);
        var node = Message(Len(1, Encoding.UTF8.GetBytes("MatMul")));
        var source = Message(
            Varint(1, 8),
            Len(7, Message(
                Len(1, node),
                Len(5, Message(Varint(1, 2), Len(8, "w"u8.ToArray()), Len(9, big))),
                Len(5, Message(Len(8, "b"u8.ToArray()), Len(9, small))),
                Len(5, Message(Len(9, bigger), Len(8, "v"u8.ToArray()))),
                Len(2, "graph"u8.ToArray()))),
            Len(8, Message(Varint(2, 17))));
        var expected = Message(
            Varint(1, 8),
            Len(7, Message(
                Len(1, node),
                Len(5, Message(Varint(1, 2), Len(8, "w"u8.ToArray()), External("data.bin", 0, 2000))),
                Len(5, Message(Len(8, "b"u8.ToArray()), Len(9, small))),
                Len(5, Message(Len(8, "v"u8.ToArray()), External("data.bin", OnnxExternalData.Alignment, 70_000))),
                Len(2, "graph"u8.ToArray()))),
            Len(8, Message(Varint(2, 17))));

        var (model, data) = Split(source);

        Assert.Equal(expected, model);
        Assert.Equal(OnnxExternalData.Alignment + bigger.Length, data.Length);
        Assert.Equal(big, data[..big.Length]);
        Assert.All(data[big.Length..OnnxExternalData.Alignment], b => Assert.Equal(0, b));
        Assert.Equal(bigger, data[OnnxExternalData.Alignment..]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(500)]
    [InlineData(1500)]
    public void Split_TruncatedModel_ThrowsInvalidData(int cut)
    {
        var source = Message(Varint(1, 8), Len(7, Message(Len(5, Message(Len(8, "w"u8.ToArray()), Len(9, Bytes(2000, seed: 4)))))));

        Assert.Throws<InvalidDataException>(() => Split(source[..^cut]));
    }

    [Fact]
    public void Split_MessageLongerThanItsParent_ThrowsInvalidData()
    {
        // The graph claims 100 bytes while the whole model holds 4.
        byte[] source = [0x3A, 100, 0x08, 0x01];

        Assert.Throws<InvalidDataException>(() => Split(source));
    }

    private static (byte[] Model, byte[] Data) Split(byte[] source)
    {
        using var model = new MemoryStream();
        using var data = new MemoryStream();
        OnnxExternalData.Split(new MemoryStream(source), source.Length, model, data, "data.bin");
        return (model.ToArray(), data.ToArray());
    }

    private static byte[] External(string location, long offset, long length) => Message(
        Len(13, Message(Len(1, "location"u8.ToArray()), Len(2, Encoding.UTF8.GetBytes(location)))),
        Len(13, Message(Len(1, "offset"u8.ToArray()), Len(2, Encoding.UTF8.GetBytes(offset.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
        Len(13, Message(Len(1, "length"u8.ToArray()), Len(2, Encoding.UTF8.GetBytes(length.ToString(System.Globalization.CultureInfo.InvariantCulture))))),
        Varint(14, 1));

    private static byte[] Bytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Message(params byte[][] fields) => [.. fields.SelectMany(f => f)];

    private static byte[] Varint(int field, ulong value) => [.. Number((ulong)field << 3), .. Number(value)];

    private static byte[] Len(int field, byte[] payload) => [.. Number(((ulong)field << 3) | 2), .. Number((ulong)payload.Length), .. payload];

    private static byte[] Number(ulong value)
    {
        var bytes = new List<byte>();
        while (value >= 0x80)
        {
            bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        bytes.Add((byte)value);
        return [.. bytes];
    }
}
