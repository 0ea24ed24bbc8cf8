using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/communiques")]
public sealed class CommuniquesController(CommuniqueEditor editor, EditingServices services)
    : ContentAdminController<CommuniqueForm>(editor, services);
