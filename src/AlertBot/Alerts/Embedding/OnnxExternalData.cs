namespace AlertBot.Alerts.Embedding;

/// <summary>
/// Rewrites an ONNX model so its large initializers live in a separate data file (ONNX "external data"), reading the
/// source once, front to back. ONNX Runtime maps such a file instead of parsing the weights into its model proto and
/// then copying them into tensors, which is where most of a 90 MB model's peak memory went. The graph, every value and
/// every other field stay as they were, so the session computes the same numbers.
/// </summary>
internal static class OnnxExternalData
{
    private const int GraphField = 7;       // ModelProto.graph
    private const int InitializerField = 5; // GraphProto.initializer
    private const int RawDataField = 9;     // TensorProto.raw_data
    private const int ExternalDataField = 13;
    private const int DataLocationField = 14;
    private const int External = 1;         // TensorProto.DataLocation.EXTERNAL

    /// <summary>Tensors at least this large move out; small ones (shapes, scalars) are not worth a mapping.</summary>
    internal const int MinExternalBytes = 1024;

    /// <summary>Each moved tensor starts on a 64 KiB boundary, the coarsest page or mapping granularity ONNX Runtime meets.</summary>
    internal const int Alignment = 65536;

    /// <summary>Writes the model of <paramref name="source"/> (<paramref name="length"/> bytes) to <paramref name="model"/>, its large weights to <paramref name="data"/>.</summary>
    public static void Split(Stream source, long length, Stream model, Stream data, string dataFileName)
    {
        var reader = new Reader(source, length);
        var head = new MemoryStream();
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            if (field == GraphField && wire == 2)
            {
                var graphLength = (long)reader.ReadVarint();
                var graph = RewriteGraph(reader.Sub(graphLength), data, dataFileName);
                WriteTag(head, GraphField, 2);
                WriteBytes(head, graph);
            }
            else
            {
                reader.CopyField(field, wire, head);
            }
        }

        head.Position = 0;
        head.CopyTo(model);
    }

    private static byte[] RewriteGraph(Reader reader, Stream data, string dataFileName)
    {
        var graph = new MemoryStream();
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            if (field == InitializerField && wire == 2)
            {
                var tensorLength = (long)reader.ReadVarint();
                WriteTag(graph, InitializerField, 2);
                WriteBytes(graph, RewriteTensor(reader.Sub(tensorLength), data, dataFileName));
            }
            else
            {
                reader.CopyField(field, wire, graph);
            }
        }

        return graph.ToArray();
    }

    private static byte[] RewriteTensor(Reader reader, Stream data, string dataFileName)
    {
        var tensor = new MemoryStream();
        (long Offset, long Length)? moved = null;
        while (!reader.AtEnd)
        {
            var (field, wire) = reader.ReadTag();
            if (field == RawDataField && wire == 2 && moved is null)
            {
                var rawLength = (long)reader.ReadVarint();
                if (rawLength >= MinExternalBytes)
                {
                    Pad(data);
                    var offset = data.Position;
                    reader.CopyBytes(rawLength, data);
                    moved = (offset, rawLength);
                    continue;
                }

                WriteTag(tensor, RawDataField, 2);
                WriteVarint(tensor, (ulong)rawLength);
                reader.CopyBytes(rawLength, tensor);
            }
            else
            {
                reader.CopyField(field, wire, tensor);
            }
        }

        if (moved is var (at, size))
        {
            WriteEntry(tensor, "location", dataFileName);
            WriteEntry(tensor, "offset", at.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteEntry(tensor, "length", size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteTag(tensor, DataLocationField, 0);
            WriteVarint(tensor, External);
        }

        return tensor.ToArray();
    }

    private static void Pad(Stream data)
    {
        var gap = (int)((Alignment - (data.Position % Alignment)) % Alignment);
        if (gap > 0)
        {
            data.Write(new byte[gap]);
        }
    }

    private static void WriteEntry(Stream tensor, string key, string value)
    {
        var entry = new MemoryStream();
        WriteTag(entry, 1, 2);
        WriteBytes(entry, System.Text.Encoding.UTF8.GetBytes(key));
        WriteTag(entry, 2, 2);
        WriteBytes(entry, System.Text.Encoding.UTF8.GetBytes(value));
        WriteTag(tensor, ExternalDataField, 2);
        WriteBytes(tensor, entry.ToArray());
    }

    private static void WriteTag(Stream stream, int field, int wire) => WriteVarint(stream, ((ulong)field << 3) | (uint)wire);

    private static void WriteBytes(Stream stream, byte[] bytes)
    {
        WriteVarint(stream, (ulong)bytes.Length);
        stream.Write(bytes);
    }

    private static void WriteVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        stream.WriteByte((byte)value);
    }

    /// <summary>Reads protobuf fields from a forward-only stream, within a byte budget (one message's length).</summary>
    private sealed class Reader(Stream stream, long remaining)
    {
        private long _remaining = remaining;

        public bool AtEnd => _remaining == 0;

        /// <summary>A reader of the next <paramref name="length"/> bytes; this one skips them once that is read.</summary>
        public Reader Sub(long length)
        {
            Take(length);
            return new Reader(stream, length);
        }

        public (int Field, int Wire) ReadTag()
        {
            var tag = ReadVarint();
            return ((int)(tag >> 3), (int)(tag & 7));
        }

        public ulong ReadVarint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                Take(1);
                var b = stream.ReadByte();
                if (b < 0)
                {
                    throw new InvalidDataException("The ONNX model ends inside a number.");
                }

                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            throw new InvalidDataException("The ONNX model has a number longer than 64 bits.");
        }

        /// <summary>Copies one field whose tag was just read, tag included, to <paramref name="output"/>.</summary>
        public void CopyField(int field, int wire, Stream output)
        {
            WriteTag(output, field, wire);
            switch (wire)
            {
                case 0:
                    WriteVarint(output, ReadVarint());
                    break;
                case 1:
                    CopyBytes(8, output);
                    break;
                case 2:
                    var length = ReadVarint();
                    WriteVarint(output, length);
                    CopyBytes((long)length, output);
                    break;
                case 5:
                    CopyBytes(4, output);
                    break;
                default:
                    throw new InvalidDataException($"The ONNX model has field {field} of unsupported wire type {wire}.");
            }
        }

        public void CopyBytes(long count, Stream output)
        {
            Take(count);
            var buffer = new byte[(int)Math.Min(count, 81920)];
            while (count > 0)
            {
                var read = stream.Read(buffer, 0, (int)Math.Min(count, buffer.Length));
                if (read == 0)
                {
                    throw new InvalidDataException("The ONNX model ends inside a field.");
                }

                output.Write(buffer, 0, read);
                count -= read;
            }
        }

        private void Take(long count)
        {
            if (count < 0 || count > _remaining)
            {
                throw new InvalidDataException("An ONNX message is longer than the message that holds it.");
            }

            _remaining -= count;
        }
    }
}
