using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace AlertBot.Alerts.Embedding;

/// <summary>
/// Sentence embeddings of reports' headlines and leads (all-MiniLM-L6-v2), behind one small type: grouping asks for the
/// vectors of an article's texts in one batch and gets null entries when no model is configured. One inference thread:
/// the same text gives the same vector on every machine, and detection never starves the rest of the worker.
/// </summary>
public sealed class TextEmbedder : IDisposable
{
    /// <summary>Texts longer than this are cut at a word: a headline and lead fit, and the model reads 256 tokens at most.</summary>
    public const int MaxChars = 600;

    private readonly Lazy<MiniLmEncoder>? _encoder;
    private readonly Lock _lock = new();
    private long _texts;
    private long _ticks;

    public TextEmbedder(IOptions<AlertsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.Embeddings == EmbeddingModel.MiniLM)
        {
            // Start-up has checked the folder can hold the model (AlertsOptionsValidator); it is unpacked on first use.
            var caches = MiniLmModelFiles.Candidates(options.Value.ModelCache);
            _encoder = new Lazy<MiniLmEncoder>(
                () => new MiniLmEncoder(MiniLmModelFiles.Ensure(caches)),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    public bool IsEnabled => _encoder is not null;

    /// <summary>Texts embedded so far and the time it took: the model's own cost, reported apart from the pipeline's.</summary>
    public (long Texts, TimeSpan Elapsed) Usage
    {
        get
        {
            lock (_lock)
            {
                return (_texts, TimeSpan.FromTicks(_ticks));
            }
        }
    }

    /// <summary>Unit-length vectors of <paramref name="texts"/>, in order; all null without a model.</summary>
    public float[]?[] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = new float[]?[texts.Count];
        if (_encoder is null || texts.Count == 0)
        {
            return result;
        }

        var input = texts.Select(Clip).ToArray();
        var watch = Stopwatch.StartNew();
        float[][] vectors;
        lock (_lock)
        {
            // One session, one caller at a time: ONNX Runtime's session is thread-safe, but one inference thread is the
            // budget this worker gives the model.
            vectors = _encoder.Value.Encode(input);
            _texts += input.Length;
            _ticks += watch.Elapsed.Ticks;
        }

        for (var i = 0; i < vectors.Length; i++)
        {
            result[i] = Normalize(vectors[i]);
        }

        return result;
    }

    public void Dispose()
    {
        if (_encoder is { IsValueCreated: true })
        {
            _encoder.Value.Dispose();
        }
    }

    private static string Clip(string text)
    {
        if (text.Length <= MaxChars)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', MaxChars);
        return text[..(space > 0 ? space : MaxChars)];
    }

    private static float[] Normalize(float[] vector)
    {
        var norm = Math.Sqrt(vector.Sum(x => (double)x * x));
        if (norm > 0)
        {
            for (var i = 0; i < vector.Length; i++)
            {
                vector[i] = (float)(vector[i] / norm);
            }
        }

        return vector;
    }
}
