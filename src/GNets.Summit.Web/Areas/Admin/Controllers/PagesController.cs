using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/pages")]
public sealed class PagesController(PageEditor editor, EditingServices services)
    : ContentAdminController<PageForm>(editor, services);
