using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using GNets.Summit.Web.Areas.Admin.Models;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Data.Entities;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>
/// The media library: upload several photos at once, edit their texts, and arrange them on an event's
/// or a program item's page. Every change to a photo, or to where it is shown, is a revision of the photo.
/// </summary>
[Route("admin/media")]
public sealed class MediaController(SummitDbContext db, ImageStore images, RevisionLog revisions, TimeProvider clock, EventEditor events)
    : AdminController
{
    private static readonly string Path = ContentKinds.Image.AdminPath!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(await LibraryAsync(new MediaUploadForm(), [], [], ct));

    /// <summary>
    /// Each file is checked and stored on its own: a refused file is named in a message and the others
    /// are kept. The script sends one file per request (for its progress bar) and reads the JSON answer.
    /// </summary>
    [HttpPost("upload")]
    [RequestSizeLimit(ImageStore.MaxBytes * 10 + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = ImageStore.MaxBytes * 10 + 1024 * 1024)]
    public async Task<IActionResult> Upload(MediaUploadForm upload, CancellationToken ct)
    {
        var errors = new List<UploadError>();
        var stored = new List<string>();
        var files = upload.Files.Where(f => f.FileName.Length > 0 || f.Length > 0).ToList();
        if (files.Count == 0)
        {
            errors.Add(new(nameof(MediaUploadForm.Files), T["Choose one or more image files to upload."]));
        }

        foreach (var file in files)
        {
            // Decoded and encoded first, outside the transaction; then the photo and its "Created"
            // revision are saved together, so there is never a photo without its history.
            var result = await images.StageForLibraryAsync(file, upload.AltText, upload.Caption, upload.Credit, UserName, ct);
            if (result.Image is { } image)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                revisions.Record(ContentKind.Image, image.Id, image.OriginalFileName, RevisionAction.Created, UserName, null, ToForm(image, ""));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                stored.Add(image.OriginalFileName);
            }
            else
            {
                errors.Add(new(result.ErrorField ?? nameof(MediaUploadForm.Files), result.Error!));
            }
        }

        var wantsJson = Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return wantsJson ? Json(new { stored, errors = errors.Select(e => e.Message) }) : View("Index", await LibraryAsync(upload, errors, stored, ct));
        }

        if (wantsJson)
        {
            return Json(new { stored, errors = Array.Empty<string>() });
        }

        Flash(stored.Count == 1 ? T["Uploaded “{0}”.", stored[0]] : T["Uploaded {0} photos: {1}.", stored.Count, string.Join(T[", "], stored)]);
        return Redirect(Path);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } photo
            ? View(new MediaEditPage(photo, await FormAsync(id, ct), await revisions.HistoryAsync(ContentKind.Image, id, ct)))
            : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = FieldErrors.Prefix)] MediaForm form, CancellationToken ct)
    {
        var image = await db.Images.SingleOrDefaultAsync(i => i.Id == id && i.InLibrary, ct);
        if (image is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Invalid("Edit", new MediaEditPage((await FindAsync(id, ct))!, form, await revisions.HistoryAsync(ContentKind.Image, id, ct)));
        }

        var before = await FormAsync(id, ct);
        image.AltText = form.AltText.Trim();
        image.Caption = string.IsNullOrWhiteSpace(form.Caption) ? null : form.Caption.Trim();
        image.Credit = string.IsNullOrWhiteSpace(form.Credit) ? null : form.Credit.Trim();
        FormTranslations.ToEntity(form, image);
        revisions.Record(ContentKind.Image, id, image.OriginalFileName, RevisionAction.Edited, UserName, before, ToForm(image, before.ShownOn));
        await db.SaveChangesAsync(ct);
        Flash(T["Saved “{0}”.", image.OriginalFileName]);
        return Redirect($"{Path}/{id}");
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } photo ? View(new MediaDeletePage(photo, await UsesAsync(id, ct))) : NotFound();

    /// <summary>
    /// Deletes a photo no page uses, with its renditions; refused (422, with where it is used) while a
    /// gallery, an event's cover or a person shows it. Recorded as a Deleted revision of the photo.
    /// </summary>
    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } photo)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var uses = await UsesAsync(id, ct);
        if (uses.Count > 0)
        {
            return Invalid("Delete", new MediaDeletePage(photo, uses));
        }

        var before = await FormAsync(id, ct);
        var image = await db.Images.Include(i => i.Renditions).SingleAsync(i => i.Id == id, ct);
        db.ImageRenditions.RemoveRange(image.Renditions);
        db.Images.Remove(image);
        revisions.Record(ContentKind.Image, id, image.OriginalFileName, RevisionAction.Deleted, UserName, before, before);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        Flash(T["Deleted “{0}”.", image.OriginalFileName]);
        return Redirect(Path);
    }

    /// <summary>History rows of the audit log and the dashboard link here; a photo's history is on its page.</summary>
    [HttpGet("{id:int}/history/{revisionId:int}")]
    [HttpGet("{id:int}/history")]
    public IActionResult History(int id) => Redirect($"{Path}/{id}#history");

    /// <summary>The library page's "Arrange photos on" picker, a plain GET form.</summary>
    [HttpGet("gallery")]
    public IActionResult Pick(string? owner) =>
        owner?.Split('/') is [GalleryOwner.Event or GalleryOwner.ProgramItem, var id] && int.TryParse(id, out var number)
            ? Redirect($"{Path}/gallery/{owner.Split('/')[0]}/{number}")
            : Redirect(Path);

    [HttpGet("gallery/{kind}/{id:int}")]
    public async Task<IActionResult> Gallery(string kind, int id, CancellationToken ct) =>
        await GalleryAsync(kind, id, ct) is { } page ? View(page) : NotFound();

    [HttpPost("gallery/{kind}/{id:int}/add")]
    public Task<IActionResult> Add(string kind, int id, int imageId, CancellationToken ct) =>
        ChangeGalleryAsync(kind, id, imageId, async (owner, shown) =>
        {
            if (shown.Any(p => p.ImageId == imageId))
            {
                return "That photo is already shown here.";
            }

            db.GalleryPhotos.Add(new GalleryPhoto
            {
                ImageId = imageId,
                EventId = kind == GalleryOwner.Event ? id : null,
                ProgramItemId = kind == GalleryOwner.ProgramItem ? id : null,
                SortOrder = shown.Count == 0 ? 1 : shown.Max(p => p.SortOrder) + 1,
            });
            return null;
        }, "Added", ct);

    [HttpPost("gallery/{kind}/{id:int}/remove")]
    public async Task<IActionResult> Remove(string kind, int id, int photoId, CancellationToken ct) =>
        await ChangeGalleryAsync(kind, id, await ImageOfAsync(photoId, ct), (owner, shown) =>
        {
            var photo = shown.FirstOrDefault(p => p.Id == photoId);
            if (photo is null)
            {
                return Task.FromResult<string?>("That photo is no longer shown here.");
            }

            db.GalleryPhotos.Remove(photo);
            return Task.FromResult<string?>(null);
        }, "Removed", ct);

    [HttpPost("gallery/{kind}/{id:int}/move")]
    public async Task<IActionResult> Move(string kind, int id, int photoId, string? direction, CancellationToken ct) =>
        await ChangeGalleryAsync(kind, id, await ImageOfAsync(photoId, ct), (owner, shown) =>
        {
            var index = shown.FindIndex(p => p.Id == photoId);
            var target = direction == "up" ? index - 1 : direction == "down" ? index + 1 : -1;
            if (index < 0 || target < 0 || target >= shown.Count)
            {
                return Task.FromResult<string?>(index < 0 ? "That photo is no longer shown here."
                    : direction == "up" ? "It is already first." : direction == "down" ? "It is already last." : "Choose up or down.");
            }

            (shown[index], shown[target]) = (shown[target], shown[index]);
            for (var position = 0; position < shown.Count; position++)
            {
                shown[position].SortOrder = position + 1;
            }

            return Task.FromResult<string?>(null);
        }, direction == "up" ? "Moved up" : "Moved down", ct);

    /// <summary>The event's cover (hero and sharing image) is the event's own field: saved through its editor, with its revision.</summary>
    [HttpPost("gallery/event/{id:int}/cover")]
    public async Task<IActionResult> Cover(int id, int imageId, CancellationToken ct)
    {
        var image = await db.Images.AsNoTracking().SingleOrDefaultAsync(i => i.Id == imageId && i.InLibrary, ct);
        if (await events.LoadAsync(id, ct) is not { } before || image is null)
        {
            return NotFound();
        }

        var after = RevisionLog.Copy(before);
        after.ImageId = image.Id;
        after.ImageAlt = image.AltText;
        // The photo's Japanese description comes with it (stamped against the English it describes).
        after.ImageAltJa = image.AltTextJa;
        after.RemoveImage = false;
        var context = new SaveContext(ModelState, UserName, clock.GetUtcNow().UtcDateTime);
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (await events.SaveAsync(after, context, ct) is null)
            {
                Flash(T["The cover could not be set: {0}", string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => T[e.ErrorMessage].Value))]);
                return Redirect($"{Path}/gallery/{GalleryOwner.Event}/{id}");
            }

            var saved = (await events.LoadAsync(id, ct))!;
            revisions.Record(ContentKind.Event, id, events.Label(saved), RevisionAction.Edited, UserName, before, saved);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        Flash($"“{image.OriginalFileName}” is now the cover of {before.ShortTitle}.");
        return Redirect($"{Path}/gallery/{GalleryOwner.Event}/{id}");
    }

    /// <summary>Where the photo is used: galleries, events' covers and people's photos, each linked to where it can be removed.</summary>
    private async Task<List<MediaUse>> UsesAsync(int id, CancellationToken ct)
    {
        var galleries = await db.GalleryPhotos.AsNoTracking().Where(g => g.ImageId == id)
            .Select(g => new { g.EventId, g.ProgramItemId, Event = g.Event!.ShortTitle, Item = g.ProgramItem!.Title, ItemEvent = g.ProgramItem.Event.ShortTitle })
            .ToListAsync(ct);
        var covers = await db.Events.AsNoTracking().Where(e => e.ImageId == id).Select(e => new { e.Id, e.ShortTitle }).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.PhotoId == id)
            .Select(p => new { p.Id, p.GivenName, p.FamilyName, p.NameOrder }).ToListAsync(ct);
        return galleries
            .Select(g => g.EventId is { } eventId
                ? new MediaUse(T["Shown on the event {0}", g.Event], $"{Path}/gallery/{GalleryOwner.Event}/{eventId}")
                : new MediaUse(T["Shown on the program item {0} ({1})", g.Item, g.ItemEvent], $"{Path}/gallery/{GalleryOwner.ProgramItem}/{g.ProgramItemId}"))
            .Concat(covers.Select(e => new MediaUse(T["The cover of the event {0}", e.ShortTitle], $"{ContentKinds.Event.AdminPath}/{e.Id}")))
            .Concat(people.Select(p => new MediaUse(T["The photo of {0}", Features.Shared.PersonName.Display(p.GivenName, p.FamilyName, p.NameOrder)], $"{ContentKinds.Person.AdminPath}/{p.Id}")))
            .ToList();
    }

    private Task<int?> ImageOfAsync(int photoId, CancellationToken ct) =>
        db.GalleryPhotos.Where(p => p.Id == photoId).Select(p => (int?)p.ImageId).FirstOrDefaultAsync(ct);

    /// <summary>One change to a gallery, in one transaction, recorded as a revision of the photo it concerns.</summary>
    private async Task<IActionResult> ChangeGalleryAsync(
        string kind, int id, int? imageId, Func<GalleryOwner, List<GalleryPhoto>, Task<string?>> change, string verb, CancellationToken ct)
    {
        if (await OwnerAsync(kind, id, ct) is not { } owner)
        {
            return NotFound();
        }

        // A stale or forged photo id gets the same message as a photo taken out of the library meanwhile.
        if (imageId is { } wanted && !await db.Images.AnyAsync(i => i.Id == wanted && i.InLibrary, ct))
        {
            Flash("That photo is no longer in the library.");
            return Redirect(owner.Path);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var shown = await ShownQuery(kind, id).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToListAsync(ct);
        var before = imageId is { } beforeId ? await FormAsync(beforeId, ct) : null;
        if (await change(owner, shown) is { } problem)
        {
            Flash(problem);
            return Redirect(owner.Path);
        }

        await db.SaveChangesAsync(ct);
        if (imageId is { } changed && before is not null)
        {
            var after = await FormAsync(changed, ct);
            var name = await db.Images.Where(i => i.Id == changed).Select(i => i.OriginalFileName).SingleAsync(ct);
            revisions.Record(ContentKind.Image, changed, name, RevisionAction.Edited, UserName, before, after);
            await db.SaveChangesAsync(ct);
            Flash($"{verb} “{name}” on {owner.Name}.");
        }

        await transaction.CommitAsync(ct);
        return Redirect(owner.Path);
    }

    private IQueryable<GalleryPhoto> ShownQuery(string kind, int id) =>
        kind == GalleryOwner.Event ? db.GalleryPhotos.Where(p => p.EventId == id) : db.GalleryPhotos.Where(p => p.ProgramItemId == id);

    private async Task<GalleryOwner?> OwnerAsync(string kind, int id, CancellationToken ct) => kind switch
    {
        GalleryOwner.Event => await db.Events.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new GalleryOwner(kind, e.Id, e.ShortTitle, SiteUrls.Event(e.Slug), e.ImageId)).SingleOrDefaultAsync(ct),
        GalleryOwner.ProgramItem => await db.ProgramItems.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.Id, i.Title, i.Slug, EventSlug = i.Event.Slug, i.Event.ShortTitle })
            .SingleOrDefaultAsync(ct) is { } item
            ? new GalleryOwner(kind, item.Id, $"{item.Title} ({item.ShortTitle})", SiteUrls.ProgramItem(item.EventSlug, item.Slug), null)
            : null,
        _ => null,
    };

    private async Task<GalleryPage?> GalleryAsync(string kind, int id, CancellationToken ct)
    {
        if (await OwnerAsync(kind, id, ct) is not { } owner)
        {
            return null;
        }

        var shown = await ShownQuery(kind, id).AsNoTracking().OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.ImageId }).ToListAsync(ct);
        var library = await PhotosAsync(ct);
        var byId = library.ToDictionary(p => p.Id);
        return new GalleryPage(owner,
            shown.Where(s => byId.ContainsKey(s.ImageId)).Select(s => new GalleryEntry(s.Id, byId[s.ImageId])).ToList(),
            library.Where(p => shown.All(s => s.ImageId != p.Id)).ToList());
    }

    private Task<List<LibraryPhoto>> PhotosAsync(CancellationToken ct) =>
        db.Images.AsNoTracking().Where(i => i.InLibrary).OrderByDescending(i => i.Id)
            .Select(i => new LibraryPhoto(i.Id, i.Key, i.Width, i.Height, i.OriginalFileName, i.AltText, i.Caption, i.Credit,
                db.GalleryPhotos.Count(g => g.ImageId == i.Id)))
            .ToListAsync(ct);

    private async Task<LibraryPhoto?> FindAsync(int id, CancellationToken ct) =>
        await db.Images.AsNoTracking().Where(i => i.Id == id && i.InLibrary)
            .Select(i => new LibraryPhoto(i.Id, i.Key, i.Width, i.Height, i.OriginalFileName, i.AltText, i.Caption, i.Credit,
                db.GalleryPhotos.Count(g => g.ImageId == i.Id)))
            .SingleOrDefaultAsync(ct);

    private async Task<MediaLibraryPage> LibraryAsync(MediaUploadForm upload, IReadOnlyList<UploadError> errors, IReadOnlyList<string> stored, CancellationToken ct)
    {
        var eventOptions = await db.Events.AsNoTracking().OrderByDescending(e => e.StartDate)
            .Select(e => new { e.Id, e.ShortTitle }).ToListAsync(ct);
        var items = await db.ProgramItems.AsNoTracking().OrderBy(i => i.Event.StartDate).ThenBy(i => i.Day.Date).ThenBy(i => i.SortOrder)
            .Select(i => new { i.Id, i.Title, i.Event.ShortTitle }).ToListAsync(ct);
        var galleries = eventOptions.Select(e => new SelectListItem(T["Event: {0}", e.ShortTitle], $"{GalleryOwner.Event}/{e.Id}"))
            .Concat(items.Select(i => new SelectListItem(T["Program item: {0} ({1})", i.Title, i.ShortTitle], $"{GalleryOwner.ProgramItem}/{i.Id}")))
            .ToList();
        return new MediaLibraryPage(await PhotosAsync(ct), upload, errors, stored, galleries);
    }

    /// <summary>The photo as its revisions keep it: texts, and the pages it is shown on in order.</summary>
    private async Task<MediaForm> FormAsync(int id, CancellationToken ct)
    {
        var image = await db.Images.AsNoTracking().SingleAsync(i => i.Id == id, ct);
        var places = await db.GalleryPhotos.AsNoTracking().Where(g => g.ImageId == id)
            .Select(g => new
            {
                Name = g.Event != null ? "Event: " + g.Event.ShortTitle : "Program item: " + g.ProgramItem!.Title,
                Position = g.EventId != null
                    ? db.GalleryPhotos.Count(o => o.EventId == g.EventId && (o.SortOrder < g.SortOrder || (o.SortOrder == g.SortOrder && o.Id < g.Id))) + 1
                    : db.GalleryPhotos.Count(o => o.ProgramItemId == g.ProgramItemId && (o.SortOrder < g.SortOrder || (o.SortOrder == g.SortOrder && o.Id < g.Id))) + 1,
            })
            .ToListAsync(ct);
        return ToForm(image, string.Join("; ", places.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name} (photo {p.Position})")));
    }

    private static MediaForm ToForm(MediaImage image, string shownOn)
    {
        var form = new MediaForm
        {
            Id = image.Id,
            AltText = image.AltText,
            Caption = image.Caption,
            Credit = image.Credit,
            ShownOn = shownOn,
        };
        FormTranslations.ToForm(image, form);
        return form;
    }
}
