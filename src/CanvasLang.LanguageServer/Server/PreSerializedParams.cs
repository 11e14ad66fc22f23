using System.Buffers;

namespace CanvasLang.LanguageServer.Server;

/// <summary>
/// A notification's params already written as UTF-8 JSON. <see cref="LspMessageHandler"/> frames the
/// notification around these bytes itself instead of handing them to the JSON formatter. The bytes
/// live in an array rented from the shared pool (diagnostics of a large canvas are megabytes on every
/// keystroke: a new array each time would be a large-object-heap allocation, and those trigger full
/// collections); <see cref="Release"/> gives it back once the notification is written.
/// </summary>
internal sealed class PreSerializedParams
{
    private byte[] buffer;
    private int length;

    public PreSerializedParams(int capacity) => buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public ReadOnlyMemory<byte> Json => buffer.AsMemory(0, length);

    /// <summary>Where the JSON is written.</summary>
    public IBufferWriter<byte> Writer => new PooledWriter(this);

    /// <summary>Returns the bytes to the pool: <see cref="Json"/> is empty afterwards.</summary>
    public void Release()
    {
        var rented = Interlocked.Exchange(ref buffer, []);
        length = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private sealed class PooledWriter(PreSerializedParams target) : IBufferWriter<byte>
    {
        public void Advance(int count) => target.length += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(target.length);

        public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(target.length);

        private byte[] Ensure(int sizeHint)
        {
            var needed = target.length + Math.Max(sizeHint, 1);
            if (needed > target.buffer.Length)
            {
                var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, target.buffer.Length * 2));
                target.buffer.AsSpan(0, target.length).CopyTo(bigger);
                if (target.buffer.Length > 0)
                {
                    ArrayPool<byte>.Shared.Return(target.buffer);
                }

                target.buffer = bigger;
            }

            return target.buffer;
        }
    }
}
