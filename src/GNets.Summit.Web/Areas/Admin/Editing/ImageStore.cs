using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace GNets.Summit.Web.Areas.Admin.Editing;

/// <summary>A stored (or staged) image, or why the file was refused and which form field that concerns (null: the file itself).</summary>
public sealed record ImageUpload(MediaImage? Image, string? Error, string? ErrorField = null);

/// <summary>What a form's image fields come to: whether there will be an image at all.</summary>
public sealed record ImageChoice(bool HasImage);

/// <summary>A form's image fields: the image it has now (or was just given), "remove", and the alt text, with their field names.</summary>
public sealed record ImageFields(int? CurrentId, bool Remove, string? Alt, string UploadField, string AltField, string Noun);

/// <summary>
/// A form with an image upload. The upload is checked, decoded and stored before the save (outside its
/// transaction, so a large image never holds the store's write lock), and the form then refers to it
/// by id: a form shown again after a failed check, or for a preview, keeps the chosen image.
/// </summary>
public interface IImageUploadForm
{
    ImageUploadSlot UploadSlot();
}

/// <summary>The upload of a form, how to frame it, and how the form takes the stored image.</summary>
public sealed record ImageUploadSlot(IFormFile? Upload, string UploadField, int[] Widths, bool Square, Action<int> UseImage);

/// <summary>
/// Uploaded photos: the type is read from the bytes (never the file name), the size and the number of
/// pixels are capped before decoding, and the image is decoded, turned upright, and re-encoded as WebP at
/// the widths the pages use. Re-encoding also drops whatever else the file carried (metadata, trailing data).
/// </summary>
public sealed partial class ImageStore(SummitDbContext db, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>A few kilobytes of PNG can claim 8000 × 8000 pixels, 256 MB once decoded: the header is read first.</summary>
    public const long MaxPixels = 40_000_000;
    public const int MaxSide = 10_000;

    public static int[] PersonWidths => Features.Shared.MediaSizes.Person;

    public static int[] EventWidths => Features.Shared.MediaSizes.Event;

    /// <summary>
    /// Stores a form's upload, if it has one, as an image of its own and points the form at it.
    /// Adds an error to the upload field when the file is refused.
    /// </summary>
    public async Task StageAsync(IImageUploadForm form, FieldErrors errors, string userName, CancellationToken ct)
    {
        var slot = form.UploadSlot();
        if (slot.Upload is not { } file)
        {
            return;
        }

        var result = await SaveAsync(file, slot.Widths, slot.Square, userName, ct);
        if (result.Image is null)
        {
            errors.AddModelError(slot.UploadField, result.Error!);
            return;
        }

        await db.SaveChangesAsync(ct);
        slot.UseImage(result.Image.Id);
    }

    /// <summary>
    /// Deletes images chosen on a form that was never saved: older than a day, shown by no record, and
    /// named by no revision (a restore may bring an old photo back). Returns how many were deleted.
    /// </summary>
    public async Task<int> DeleteUnsavedAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        var candidates = await db.Images.AsNoTracking()
            .Where(i => i.CreatedAtUtc < cutoff && !i.InLibrary && !db.GalleryPhotos.Any(g => g.ImageId == i.Id) && !db.People.Any(p => p.PhotoId == i.Id) && !db.Events.Any(e => e.ImageId == i.Id))
            .Select(i => i.Id)
            .ToListAsync(ct);
        if (candidates.Count == 0)
        {
            return 0;
        }

        // One pass over the revisions that name an image at all (the forms call it "PhotoId" for people
        // and "ImageId" for events), rather than a scan per candidate.
        var named = new HashSet<int>();
        await foreach (var snapshot in db.Revisions.AsNoTracking()
            .Where(r => r.SnapshotJson.Contains("\"PhotoId\":") || r.SnapshotJson.Contains("\"ImageId\":"))
            .Select(r => r.SnapshotJson).AsAsyncEnumerable().WithCancellation(ct))
        {
            foreach (Match match in NamedImage().Matches(snapshot))
            {
                if (int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    named.Add(id);
                }
            }
        }

        var unused = candidates.Where(id => !named.Contains(id)).ToList();
        return unused.Count == 0 ? 0 : await db.Images.Where(i => unused.Contains(i.Id)).ExecuteDeleteAsync(ct);
    }

    [GeneratedRegex("\"(?:PhotoId|ImageId)\":([0-9]+)[,}]", RegexOptions.CultureInvariant)]
    private static partial Regex NamedImage();

    /// <summary>
    /// Validates a form's image fields together: the image it refers to must exist, and needs alt text.
    /// Adds errors to the form and returns null when they do not hold.
    /// </summary>
    public async Task<ImageChoice?> ChooseAsync(ImageFields fields, SaveContext context, CancellationToken ct)
    {
        if (!fields.Remove && fields.CurrentId is { } currentId
            && !await db.Images.AnyAsync(i => i.Id == currentId, ct))
        {
            context.Errors.AddModelError(fields.UploadField, StaffWords.Say("The {0} this form refers to no longer exists. Choose the {0} again, or save without one.", StaffWords.SayWord(fields.Noun)));
            return null;
        }

        var hasImage = !fields.Remove && fields.CurrentId is not null;
        if (hasImage && string.IsNullOrWhiteSpace(fields.Alt))
        {
            context.Errors.AddModelError(fields.AltField, StaffWords.Say("Describe the {0} for people who cannot see it (alt text).", StaffWords.SayWord(fields.Noun)));
            return null;
        }

        return new ImageChoice(hasImage);
    }

    /// <summary>
    /// Decodes one uploaded file and stages it for the media library with its texts; the caller saves it,
    /// with its revision, in one transaction (the decoding is done here, outside it, so a large image never
    /// holds the store's write lock). A refused file (or missing alt text) comes back as an error naming
    /// the file; nothing is staged for it.
    /// </summary>
    public async Task<ImageUpload> StageForLibraryAsync(IFormFile file, string? alt, string? caption, string? credit, string userName, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        if (CheckTexts(alt, caption, credit) is { } problem)
        {
            return new(null, StaffWords.Say("“{0}”: {1}", name, StaffWords.SayWord(problem.Message)), problem.Field);
        }

        var result = await SaveAsync(file, [], square: false, userName, ct, library: true);
        if (result.Image is not { } image)
        {
            return result;
        }

        image.AltText = alt!.Trim();
        image.Caption = Blank(caption);
        image.Credit = Blank(credit);
        image.InLibrary = true;
        return result;
    }

    /// <summary>
    /// What is wrong with a library photo's texts, with the upload form's field it concerns, or null: alt
    /// text is required, and each has a length limit.
    /// </summary>
    public static (string Field, string Message)? CheckTexts(string? alt, string? caption, string? credit)
    {
        if (string.IsNullOrWhiteSpace(alt))
        {
            return (nameof(Models.MediaUploadForm.AltText), "describe the photo for people who cannot see it (alt text); it is required.");
        }

        return alt.Trim().Length > MediaText.MaxAlt ? (nameof(Models.MediaUploadForm.AltText), StaffWords.Say("the alt text can be at most {0} characters.", MediaText.MaxAlt))
            : caption?.Trim().Length > MediaText.MaxCaption ? (nameof(Models.MediaUploadForm.Caption), StaffWords.Say("the caption can be at most {0} characters.", MediaText.MaxCaption))
            : credit?.Trim().Length > MediaText.MaxCredit ? (nameof(Models.MediaUploadForm.Credit), StaffWords.Say("the credit can be at most {0} characters.", MediaText.MaxCredit))
            : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<ImageUpload> SaveAsync(IFormFile file, int[] widths, bool square, string userName, CancellationToken ct, bool library = false)
    {
        var name = Path.GetFileName(file.FileName);
        if (file.Length == 0)
        {
            return new(null, StaffWords.Say("“{0}” is empty. Choose the image file again.", name));
        }

        if (file.Length > MaxBytes)
        {
            return new(null, StaffWords.Say("“{0}” is {1} MB; images can be at most {2} MB. Make it smaller and choose it again.", name, Megabytes(file.Length), Megabytes(MaxBytes)));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (Sniff(bytes) is null)
        {
            return new(null, StaffWords.Say("“{0}” is not a JPEG, PNG, WebP or GIF image (its contents were checked, not its name). Choose an image file.", name));
        }

        var cmyk = IsCmykJpeg(bytes);
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return new(null, cmyk ? CmykRefused(name) : StaffWords.Say("“{0}” could not be read as an image; it may be damaged. Choose another file.", name));
        }

        if (codec.Info.Width > MaxSide || codec.Info.Height > MaxSide || (long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return new(null, StaffWords.Say("“{0}” is {1} × {2} pixels; images can be at most {3} pixels on a side and {4} million pixels in all. Make it smaller and choose it again.", name, codec.Info.Width, codec.Info.Height, MaxSide, MaxPixels / 1_000_000));
        }

        if (codec.FrameCount > 1 || IsAnimatedPng(bytes))
        {
            return new(null, StaffWords.Say("“{0}”: animated images are not supported; upload a still image.", name));
        }

        // Decoded into sRGB: Skia converts CMYK JPEGs (Adobe's inverted ones too) and images with an
        // embedded colour profile, so the WebP looks as the original did.
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        using var decoded = new SKBitmap(info);
        if (codec.GetPixels(info, decoded.GetPixels()) is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return new(null, cmyk ? CmykRefused(name) : StaffWords.Say("“{0}” could not be read as an image; it may be damaged. Choose another file.", name));
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var framed = square ? CropToSquare(upright) : upright.Copy();
        var image = new MediaImage
        {
            Key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            Width = framed.Width,
            Height = framed.Height,
            OriginalFileName = name.Length > 200 ? name[..200] : name,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = userName,
        };
        // Library photos are stored at the widths that exist (never wider than the original), each
        // under its real width, so a srcset lists true sizes; other images at the fixed widths their pages ask for.
        foreach (var width in library ? Features.Shared.MediaSizes.PhotoWidths(framed.Width) : widths)
        {
            var targetWidth = Math.Min(width, framed.Width);
            var targetHeight = Math.Max(1, (int)Math.Round(framed.Height * (targetWidth / (double)framed.Width)));
            using var resized = framed.Resize(new SKImageInfo(targetWidth, targetHeight), new SKSamplingOptions(SKCubicResampler.Mitchell));
            using var frame = SKImage.FromBitmap(resized);
            using var encoded = frame.Encode(SKEncodedImageFormat.Webp, 82);
            image.Renditions.Add(new MediaRendition { Width = width, Height = targetHeight, ContentType = "image/webp", Bytes = encoded.ToArray() });
        }

        db.Images.Add(image);
        return new(image, null);
    }

    private static string CmykRefused(string name) =>
        StaffWords.Say("“{0}” is a CMYK JPEG (a print file) that could not be converted. Save it as an RGB (sRGB) JPEG and upload it again.", name);

    /// <summary>
    /// Whether a PNG is animated (APNG): an acTL chunk before the image data. Skia would show only its
    /// first frame, so it is refused like an animated GIF or WebP rather than silently stilled.
    /// </summary>
    public static bool IsAnimatedPng(ReadOnlySpan<byte> bytes)
    {
        if (Sniff(bytes) != "image/png")
        {
            return false;
        }

        var i = 8;
        while (i + 8 <= bytes.Length)
        {
            var length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]);
            var type = bytes.Slice(i + 4, 4);
            if (type.SequenceEqual("acTL"u8))
            {
                return true;
            }

            if (type.SequenceEqual("IDAT"u8) || length > int.MaxValue - 12)
            {
                return false;
            }

            i += 12 + (int)length;
        }

        return false;
    }

    /// <summary>
    /// Whether a JPEG's frame has four colour components (CMYK or YCCK, as print software and Adobe's
    /// APP14 marker produce). Reads the markers up to the first start-of-frame.
    /// </summary>
    public static bool IsCmykJpeg(ReadOnlySpan<byte> bytes)
    {
        if (bytes is not [0xFF, 0xD8, ..])
        {
            return false;
        }

        var i = 2;
        while (i + 4 <= bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return false;
            }

            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = (bytes[i + 2] << 8) | bytes[i + 3];
            // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width, then the component count.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return i + 9 < bytes.Length && bytes[i + 9] == 4;
            }

            if (marker is 0xD9 or 0xDA)
            {
                return false;
            }

            i += 2 + length;
        }

        return false;
    }

    /// <summary>The image type from its first bytes, or null.</summary>
    public static string? Sniff(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0x47, 0x49, 0x46, 0x38, ..] => "image/gif",
        [0x52, 0x49, 0x46, 0x46, _, _, _, _, 0x57, 0x45, 0x42, 0x50, ..] => "image/webp",
        _ => null,
    };

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.InvariantCulture);

    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var (width, height, degrees) = origin switch
        {
            SKEncodedOrigin.RightTop => (source.Height, source.Width, 90),
            SKEncodedOrigin.BottomRight => (source.Width, source.Height, 180),
            SKEncodedOrigin.LeftBottom => (source.Height, source.Width, 270),
            _ => (source.Width, source.Height, 0),
        };
        var result = new SKBitmap(width, height);
        using var canvas = new SKCanvas(result);
        canvas.Translate(width / 2f, height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Linear));
        return result;
    }

    private static SKBitmap CropToSquare(SKBitmap source)
    {
        var side = Math.Min(source.Width, source.Height);
        using var subset = new SKBitmap();
        source.ExtractSubset(subset, SKRectI.Create((source.Width - side) / 2, (source.Height - side) / 2, side, side));
        return subset.Copy();
    }
}
