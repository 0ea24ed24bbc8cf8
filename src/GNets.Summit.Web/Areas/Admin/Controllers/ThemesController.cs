using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/themes")]
public sealed class ThemesController(ThemeEditor editor, EditingServices services)
    : ContentAdminController<ThemeForm>(editor, services);
