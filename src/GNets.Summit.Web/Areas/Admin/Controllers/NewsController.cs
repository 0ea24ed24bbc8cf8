using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/news")]
public sealed class NewsController(NewsEditor editor, EditingServices services)
    : ContentAdminController<NewsForm>(editor, services);
