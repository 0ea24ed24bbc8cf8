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
}
