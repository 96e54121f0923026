using System;
using System.IO;
using System.Text;

namespace PromptLint.Datasets;

/// <summary>
/// A dataset's text decoded as UTF-8 while the bytes are checked on their way through (a linear state machine, no
/// second pass and no buffering of the file): the decoder replaces a bad byte as always, and
/// <see cref="FirstInvalid"/> says where the first one was, so <see cref="Linting.DatasetLinter"/> reports it as PL0012 —
/// the same finding a prompt file gets — instead of reading replacement characters silently.
/// </summary>
public sealed class Utf8CheckedReader : StreamReader
{
    private readonly Utf8CheckingStream _check;

    public Utf8CheckedReader(Stream stream, bool leaveOpen = false)
        : this(new Utf8CheckingStream(stream, leaveOpen))
    {
    }

    private Utf8CheckedReader(Utf8CheckingStream check)
        : base(check, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024) =>
        _check = check;

    /// <summary>Line, column (UTF-16 code units, 1-based) and byte offset of the first byte that is not well-formed UTF-8 read so far; null when none.</summary>
    public (int Line, int Column, long ByteOffset, long CharOffset)? FirstInvalid => _check.FirstInvalid;

    private sealed class Utf8CheckingStream(Stream inner, bool leaveOpen) : Stream
    {
        private long _byteOffset;
        private long _charOffset;
        private int _line = 1;
        private int _column = 1;
        private int _need;
        private int _low = 0x80, _high = 0xBF;
        private int _sequenceLength;
        private (long Byte, int Column, long Char) _sequenceStart;
        private bool _bom;

        public (int Line, int Column, long ByteOffset, long CharOffset)? FirstInvalid { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _byteOffset; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            if (FirstInvalid is null)
            {
                for (int i = offset; i < offset + read && FirstInvalid is null; i++)
                {
                    Check(buffer[i]);
                }

                if (read == 0 && _need > 0)
                {
                    Invalid(); // the stream ends inside a sequence
                }
            }

            return read;
        }

        private void Check(byte b)
        {
            if (_need > 0)
            {
                if (b < _low || b > _high)
                {
                    Invalid();
                    return;
                }

                _bom &= (_need == 2 && b == 0xBB) || (_need == 1 && b == 0xBF);
                _byteOffset++;
                _low = 0x80;
                _high = 0xBF;
                if (--_need == 0 && !_bom) // a byte order mark is not part of line 1's text (the decoder drops it too)
                {
                    int units = _sequenceLength == 4 ? 2 : 1;
                    _column += units;
                    _charOffset += units;
                }

                return;
            }

            if (b < 0x80)
            {
                _byteOffset++;
                _charOffset++;
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else
                {
                    _column++;
                }

                return;
            }

            (_need, _low, _high) = b switch
            {
                >= 0xC2 and <= 0xDF => (1, 0x80, 0xBF),
                0xE0 => (2, 0xA0, 0xBF),
                0xED => (2, 0x80, 0x9F), // no surrogates
                >= 0xE1 and <= 0xEF => (2, 0x80, 0xBF),
                0xF0 => (3, 0x90, 0xBF),
                >= 0xF1 and <= 0xF3 => (3, 0x80, 0xBF),
                0xF4 => (3, 0x80, 0x8F), // nothing above U+10FFFF
                _ => (0, 0x80, 0xBF),
            };
            if (_need == 0)
            {
                Invalid(); // a continuation byte on its own, an overlong lead (C0, C1) or F5–FF
                return;
            }

            _sequenceLength = _need + 1;
            _sequenceStart = (_byteOffset, _column, _charOffset);
            _bom = _byteOffset == 0 && b == 0xEF;
            _byteOffset++;
        }

        private void Invalid()
        {
            FirstInvalid = _need > 0
                ? (_line, _sequenceStart.Column, _sequenceStart.Byte, _sequenceStart.Char)
                : (_line, _column, _byteOffset, _charOffset);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !leaveOpen)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
