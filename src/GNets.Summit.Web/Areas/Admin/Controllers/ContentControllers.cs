using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

// One controller per kind of content; the flow is shared (ContentAdminController), the differences
// live in the editors.

[Route("admin/events")]
public sealed class EventsController(EventEditor editor, EditingServices services)
    : ContentAdminController<EventForm>(editor, services);

[Route("admin/cities")]
public sealed class CitiesController(CityEditor editor, EditingServices services)
    : ContentAdminController<CityForm>(editor, services);

[Route("admin/people")]
public sealed class PeopleController(PersonEditor editor, EditingServices services)
    : ContentAdminController<PersonForm>(editor, services);

[Route("admin/themes")]
public sealed class ThemesController(ThemeEditor editor, EditingServices services)
    : ContentAdminController<ThemeForm>(editor, services);

[Route("admin/program-days")]
public sealed class ProgramDaysController(ProgramDayEditor editor, EditingServices services)
    : ContentAdminController<ProgramDayForm>(editor, services);

[Route("admin/program-items")]
public sealed class ProgramItemsController(ProgramItemEditor editor, EditingServices services)
    : ContentAdminController<ProgramItemForm>(editor, services)
{
    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, string? direction, string? returnUrl, CancellationToken ct) =>
        await MoveAsync(id, direction, returnUrl, await editor.SiblingsAsync(id, ct), ct);
}

[Route("admin/communiques")]
public sealed class CommuniquesController(CommuniqueEditor editor, EditingServices services)
    : ContentAdminController<CommuniqueForm>(editor, services);

[Route("admin/communique-sections")]
public sealed class CommuniqueSectionsController(CommuniqueSectionEditor editor, EditingServices services)
    : ContentAdminController<CommuniqueSectionForm>(editor, services)
{
    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, string? direction, string? returnUrl, CancellationToken ct) =>
        await MoveAsync(id, direction, returnUrl, await editor.SiblingsAsync(id, ct), ct);
}

[Route("admin/pages")]
public sealed class PagesController(PageEditor editor, EditingServices services)
    : ContentAdminController<PageForm>(editor, services);
