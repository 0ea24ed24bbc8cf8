using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/representatives")]
public sealed class RepresentativesController(RepresentationEditor editor, EditingServices services)
    : ContentAdminController<RepresentationForm>(editor, services);
