using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/program-days")]
public sealed class ProgramDaysController(ProgramDayEditor editor, EditingServices services)
    : ContentAdminController<ProgramDayForm>(editor, services);
