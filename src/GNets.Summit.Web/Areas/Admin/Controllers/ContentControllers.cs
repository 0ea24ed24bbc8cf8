using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using GNets.Summit.Web.Data;
using GNets.Summit.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

// One controller per kind of content; the flow is shared (ContentAdminController), the differences
// live in the editors.

[Route("admin/events")]
public sealed class EventsController(EventEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<EventForm>(editor, db, revisions, diff, markdown, clock);

[Route("admin/cities")]
public sealed class CitiesController(CityEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<CityForm>(editor, db, revisions, diff, markdown, clock);

[Route("admin/people")]
public sealed class PeopleController(PersonEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<PersonForm>(editor, db, revisions, diff, markdown, clock);

[Route("admin/themes")]
public sealed class ThemesController(ThemeEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<ThemeForm>(editor, db, revisions, diff, markdown, clock);

[Route("admin/program-days")]
public sealed class ProgramDaysController(ProgramDayEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<ProgramDayForm>(editor, db, revisions, diff, markdown, clock);

[Route("admin/program-items")]
public sealed class ProgramItemsController(ProgramItemEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<ProgramItemForm>(editor, db, revisions, diff, markdown, clock)
{
    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, string? direction, string? returnUrl, CancellationToken ct) =>
        await MoveAsync(id, direction, returnUrl, await editor.SiblingsAsync(id, ct), ct);
}

[Route("admin/communiques")]
public sealed class CommuniquesController(CommuniqueEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<CommuniqueForm>(editor, db, revisions, diff, markdown, clock);

[Route("admin/communique-sections")]
public sealed class CommuniqueSectionsController(CommuniqueSectionEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<CommuniqueSectionForm>(editor, db, revisions, diff, markdown, clock)
{
    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, string? direction, string? returnUrl, CancellationToken ct) =>
        await MoveAsync(id, direction, returnUrl, await editor.SiblingsAsync(id, ct), ct);
}

[Route("admin/pages")]
public sealed class PagesController(PageEditor editor, SummitDbContext db, RevisionLog revisions, FormDiff diff, MarkdownRenderer markdown, TimeProvider clock)
    : ContentAdminController<PageForm>(editor, db, revisions, diff, markdown, clock);
