using System.ComponentModel.DataAnnotations;
using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Data.Entities;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GNets.Summit.Web.Areas.Admin.Models;

/// <summary>A photo's texts as staff edit them; also its revision snapshot (with the pages it is shown on).</summary>
public sealed class MediaForm : EditForm
{
    [Required(ErrorMessage = "Describe the photo for people who cannot see it (alt text); it is required.")]
    [StringLength(MediaText.MaxAlt, ErrorMessage = "The alt text can be at most {1} characters.")]
    [Display(Name = "Alt text", Description = "What the photo shows, for people who cannot see it, e.g. Governor Koike speaks at the lectern")]
    public string AltText { get; set; } = "";

    [StringLength(MediaText.MaxCaption, ErrorMessage = "The caption can be at most {1} characters.")]
    [Display(Name = "Caption", Description = "Shown under the photo")]
    public string? Caption { get; set; }

    [StringLength(MediaText.MaxCredit, ErrorMessage = "The credit can be at most {1} characters.")]
    [Display(Name = "Credit", Description = "Who took the photo or holds its rights")]
    public string? Credit { get; set; }

    /// <summary>Where the photo is shown, in words; kept in revisions so adding, moving and removing it are in its history.</summary>
    [Display(Name = "Shown on")]
    public string ShownOn { get; set; } = "";

    // The Japanese of the texts above (optional: visitors see the English where one is empty).
    [StringLength(MediaText.MaxAlt, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Alt text (Japanese)")]
    public string? AltTextJa { get; set; }

    [StringLength(MediaText.MaxCaption, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Caption (Japanese)")]
    public string? CaptionJa { get; set; }

    [StringLength(MediaText.MaxCredit, ErrorMessage = FormTranslations.TooLong)]
    [Display(Name = "Credit (Japanese)")]
    public string? CreditJa { get; set; }
}

/// <summary>The texts sent with an upload of one or more files; they apply to each file.</summary>
public sealed class MediaUploadForm
{
    public List<IFormFile> Files { get; set; } = [];
    public string? AltText { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }
}

public sealed record LibraryPhoto(int Id, string Key, int Width, int Height, string FileName, string AltText, string? Caption, string? Credit, int Uses)
{
    public string Thumbnail => Infrastructure.SiteUrls.Media(Key, Features.Shared.MediaSizes.PhotoWidths(Width)[0]);
}

/// <summary>A refused upload: the message, and the upload form's field it concerns (the error summary links to it).</summary>
public sealed record UploadError(string Field, string Message);

public sealed record MediaLibraryPage(
    IReadOnlyList<LibraryPhoto> Photos, MediaUploadForm Upload, IReadOnlyList<UploadError> Errors, IReadOnlyList<string> Stored,
    IReadOnlyList<SelectListItem> Galleries);

public sealed record MediaEditPage(LibraryPhoto Photo, MediaForm Form, IReadOnlyList<RevisionRow> History);

/// <summary>A place a photo is used, linked to the admin page where staff can take it off.</summary>
public sealed record MediaUse(string Description, string AdminUrl);

/// <summary>The confirmation page of a photo's deletion; it cannot be deleted while <see cref="Uses"/> has any.</summary>
public sealed record MediaDeletePage(LibraryPhoto Photo, IReadOnlyList<MediaUse> Uses);

/// <summary>Whose photos a gallery page arranges: an event or a program item.</summary>
public sealed record GalleryOwner(string Kind, int Id, string Name, string? PublicUrl, int? CoverImageId)
{
    public const string Event = "event";
    public const string ProgramItem = "program-item";

    public string Path => PathOf(Kind, Id);

    /// <summary>The admin page that arranges the photos of an event or a program item.</summary>
    public static string PathOf(string kind, int id) => $"{Data.ContentKinds.Image.AdminPath}/gallery/{kind}/{id}";
}

public sealed record GalleryEntry(int PhotoId, LibraryPhoto Photo);

public sealed record GalleryPage(GalleryOwner Owner, IReadOnlyList<GalleryEntry> Shown, IReadOnlyList<LibraryPhoto> Library);
