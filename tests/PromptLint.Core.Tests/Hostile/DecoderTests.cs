using System.Text;
using PromptLint.Diagnostics;
using PromptLint.Formats;
using PromptLint.Linting;
using PromptLint.Settings;

namespace PromptLint.Core.Tests.Hostile;

/// <summary>Binary anywhere, invalid UTF-8 located exactly, BOMs, and the text-plus-encoding entry the analyzer uses.</summary>
public sealed class DecoderTests
{
    private static readonly LintSettings Settings = LintSettings.Default;

    private static Finding? Problem(byte[] bytes)
    {
        InputDecoder.TryDecode("a.md", bytes, Settings, out _, out Finding? problem);
        return problem;
    }

    [Fact]
    public void A_nul_byte_after_the_first_8000_bytes_is_binary_at_its_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("a line of prompt text\n", 1000))), 0, .. "tail"u8];
        var finding = Problem(bytes)!;
        Assert.Equal("PL0011", finding.RuleId);
        Assert.Equal((1001, 1), (finding.Position.Start.Line, finding.Position.Start.Column));
        Assert.Contains("offset 22,000", finding.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xC0, 0xAF }, 1, 2)]          // overlong '/'
    [InlineData(new byte[] { 0x61, 0x62, 0xED, 0xA0, 0x80 }, 1, 3)] // UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 1, 1)]       // above U+10FFFF
    [InlineData(new byte[] { 0x61, 0x0D, 0x62, 0xE2, 0x82 }, 2, 2)] // truncated at the end, after a CR-only line break
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0xFF }, 1, 3)] // after an emoji (two UTF-16 units)
    public void Invalid_utf8_is_located_at_the_first_bad_byte(byte[] bytes, int line, int column)
    {
        var finding = Problem(bytes)!;
        Assert.Equal("PL0012", finding.RuleId);
        Assert.Equal((line, column), (finding.Position.Start.Line, finding.Position.Start.Column));
    }

    [Fact]
    public void A_utf8_bom_is_not_counted_in_columns()
    {
        var finding = Problem([0xEF, 0xBB, 0xBF, 0x61, 0xFF])!;
        Assert.Equal((1, 2), (finding.Position.Start.Line, finding.Position.Start.Column));
    }

    [Fact]
    public void Utf16_and_utf32_boms_are_honoured_and_their_nuls_are_not_binary()
    {
        byte[] utf16be = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("system:\nHi\n")];
        byte[] utf32 = [0xFF, 0xFE, 0x00, 0x00, .. Encoding.UTF32.GetBytes("system:\nHi\n")];
        Assert.All(new[] { utf16be, utf32 }, bytes =>
            Assert.Equal("Hi", Linter.Lint("a.prompty", bytes).Document!.Messages.Single().Text));
    }

    [Fact]
    public void A_nul_character_in_utf16_text_is_binary()
    {
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("ab\ncd\0")];
        var finding = Problem(bytes)!;
        Assert.Equal("PL0011", finding.RuleId);
        Assert.Equal((2, 3), (finding.Position.Start.Line, finding.Position.Start.Column));
    }

    [Fact]
    public void Cr_only_text_is_decoded_with_line_feeds_one_for_one()
    {
        Assert.True(InputDecoder.TryDecode("a.md", "a\rb\r\nc"u8.ToArray(), Settings, out string text, out _));
        Assert.Equal("a\nb\r\nc", text);
    }

    [Fact]
    public void Text_decoded_with_a_code_page_is_encoded_back_and_the_bad_byte_located()
    {
        // What Roslyn hands an analyzer for a Latin-1 file: the bytes were not UTF-8, so it decoded them with a code page.
        byte[] file = [.. "line one\nab"u8, 0xE9, .. "\n"u8];
        Encoding latin1 = Encoding.Latin1;
        string decoded = latin1.GetString(file);
        Assert.False(InputDecoder.TryDecode("a.md", decoded, latin1, Settings, out _, out Finding? problem));
        Assert.Equal("PL0012", problem!.RuleId);
        Assert.Equal((2, 3), (problem.Position.Start.Line, problem.Position.Start.Column));
        Assert.Equal(Problem(file)!.Message, problem.Message);
    }

    [Fact]
    public void Text_roslyn_decoded_as_utf8_with_replacement_is_invalid_utf8_at_the_first_replacement_character()
    {
        // What csc on .NET hands an analyzer for a Latin-1 file: its strict UTF-8 decode failed, so it decoded again
        // with UTF-8 and replacement characters (Encoding.Default), and the bad byte's value is gone.
        byte[] file = [.. "line one\nab"u8, 0xE9, .. " x\n"u8];
        var replacing = new UTF8Encoding(false, throwOnInvalidBytes: false);
        Assert.False(InputDecoder.TryDecode("a.md", replacing.GetString(file), replacing, Settings, out _, out Finding? problem));
        Finding fromDisk = Problem(file)!;
        Assert.Equal(("PL0012", 2, 3), (problem!.RuleId, problem.Position.Start.Line, problem.Position.Start.Column));
        Assert.Equal(fromDisk.Message, problem.Message);
        Assert.Equal(fromDisk.Position, problem.Position);

        // A replacement character in text a strict decoder accepted is just text.
        Assert.True(InputDecoder.TryDecode("a.md", "a \uFFFD b", new UTF8Encoding(false, throwOnInvalidBytes: true), Settings, out _, out _));
    }

    [Fact]
    public void Text_decoded_as_utf8_is_checked_for_nul_and_size()
    {
        string decoded = new string('a', 9000) + "\0";
        Assert.False(InputDecoder.TryDecode("a.md", decoded, new UTF8Encoding(false), Settings, out _, out Finding? binary));
        Assert.Equal("PL0011", binary!.RuleId);
        Assert.Equal(Problem(Encoding.UTF8.GetBytes(decoded))!.Message, binary.Message);

        var small = Settings.WithOption("PL0013", "maxFileBytes", 10);
        Assert.False(InputDecoder.TryDecode("a.md", "ééééééé", Encoding.UTF8, small, out _, out Finding? large));
        Assert.Equal("PL0013", large!.RuleId);
        Assert.Contains("14 bytes", large.Message);

        Assert.True(InputDecoder.TryDecode("a.md", "\uFEFFsystem:\rhi", Encoding.UTF8, Settings, out string text, out _));
        Assert.Equal("system:\nhi", text);
    }
}
