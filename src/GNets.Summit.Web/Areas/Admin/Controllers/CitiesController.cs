using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/cities")]
public sealed class CitiesController(CityEditor editor, EditingServices services)
    : ContentAdminController<CityForm>(editor, services);
