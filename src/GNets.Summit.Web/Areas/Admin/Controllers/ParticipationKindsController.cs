using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

/// <summary>The ways a city can take part (data, not code): list in order, edit, move up and down.</summary>
[Route("admin/participation-kinds")]
public sealed class ParticipationKindsController(ParticipationKindEditor editor, EditingServices services)
    : ContentAdminController<ParticipationKindForm>(editor, services)
{
    /// <summary>Counted from 0 as content/participation-kinds.yml is: the place in the order chooses the kind's mark on maps.</summary>
    protected override int FirstPosition => 0;

    [HttpPost("{id:int}/move")]
    public async Task<IActionResult> Move(int id, string? direction, string? returnUrl, CancellationToken ct) =>
        await MoveAsync(id, direction, returnUrl, await editor.SiblingsAsync(ct), ct);
}
