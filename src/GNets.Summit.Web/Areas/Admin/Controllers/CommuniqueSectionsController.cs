using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/communique-sections")]
public sealed class CommuniqueSectionsController(CommuniqueSectionEditor editor, EditingServices services)
    : ContentAdminController<CommuniqueSectionForm>(editor, services)
{
    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, string? direction, string? returnUrl, CancellationToken ct) =>
        await MoveAsync(id, direction, returnUrl, await editor.SiblingsAsync(id, ct), ct);
}
