using SkiaSharp;

namespace GNets.Summit.Web.Tests.Infrastructure;

public static class TestImages
{
    /// <summary>A real PNG of the given size, drawn with two colours so resizing has something to do.</summary>
    public static byte[] Png(int width = 600, int height = 400)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0, 89, 79));
            using var paint = new SKPaint { Color = new SKColor(224, 165, 38) };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    /// <summary>A 1 × 1 GIF of two frames (black, then white) that loops: the smallest animated image, written by hand.</summary>
    public static byte[] AnimatedGif()
    {
        byte[] Frame(byte lzw) =>
        [
            0x21, 0xF9, 0x04, 0x00, 0x0A, 0x00, 0x00, 0x00, // graphic control: 0.1 s
            0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, // image descriptor: 1 × 1 at 0,0
            0x02, 0x02, lzw, 0x01, 0x00, // LZW, minimum code size 2: clear, the pixel's colour, end
        ];

        return
        [
            .. "GIF89a"u8, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, // 1 × 1, a global table of two colours
            0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF,
            0x21, 0xFF, 0x0B, .. "NETSCAPE2.0"u8, 0x03, 0x01, 0x00, 0x00, 0x00, // loop for ever
            .. Frame(0x44), .. Frame(0x4C),
            0x3B,
        ];
    }

    /// <summary>A real PNG that declares itself animated (an APNG's acTL chunk, two frames, after its header).</summary>
    public static byte[] AnimatedPng()
    {
        var still = Png(200, 100);
        using var png = new MemoryStream();
        png.Write(still.AsSpan(0, 33)); // signature and IHDR
        var control = new byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(control, 2);
        Chunk(png, "acTL", control);
        png.Write(still.AsSpan(33));
        return png.ToArray();
    }

    /// <summary>
    /// A real CMYK JPEG with Adobe's APP14 marker, 32 × 32, of the colour sRGB (200, 40, 40), as print
    /// software saves it. Made once with ImageMagick:
    /// <c>convert -size 32x32 xc:'rgb(200,40,40)' -colorspace CMYK -quality 90 cmyk.jpg</c>.
    /// </summary>
    public static byte[] CmykJpeg() => Convert.FromHexString(""
        + "ffd8ffee000e41646f626500640000000002ffdb0043000302020302020303030304030304050805050404050a070706080c"
        + "0a0c0c0b0a0b0b0d0e12100d0e110e0b0b1016101113141515150c0f171816141812141514ffdb0043010304040504050905"
        + "0509140d0b0d1414141414141414141414141414141414141414141414141414141414141414141414141414141414141414"
        + "141414141414ffc00014080020002004011100021101031101041100ffc40016000101010000000000000000000000000000"
        + "0608ffc40014100100000000000000000000000000000000ffc400160101010100000000000000000000000000000709ffc4"
        + "0014110100000000000000000000000000000000ffda000e040100021103110400003f00a856d9ded8000000000000000000"
        + "0000000000000fffd9");

    /// <summary>
    /// The start of a JPEG as print software writes it: Adobe's APP14 marker and a frame of
    /// <paramref name="components"/> colour components (4 = CMYK), 16 × 16, with no image data after it.
    /// </summary>
    public static byte[] CmykJpegHeader(byte components = 4)
    {
        var frame = new List<byte> { 0xFF, 0xC0, 0x00, (byte)(8 + 3 * components), 0x08, 0x00, 0x10, 0x00, 0x10, components };
        for (byte c = 1; c <= components; c++)
        {
            frame.AddRange([c, 0x11, 0x00]);
        }

        return
        [
            0xFF, 0xD8,
            0xFF, 0xEE, 0x00, 0x0E, .. "Adobe"u8, 0x00, 0x64, 0x00, 0x00, 0x00, 0x00, 0x02, // APP14, transform 2 (YCCK)
            .. frame,
            0xFF, 0xD9,
        ];
    }

    /// <summary>
    /// A real grey-scale PNG of many pixels that compresses to almost nothing (a decompression bomb),
    /// written row by row so the test never holds the pixels in memory.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header, width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, no filter method, no interlace
        Chunk(png, "IHDR", header);
        using var pixels = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(pixels, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[width + 1];
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(png, "IDAT", pixels.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
