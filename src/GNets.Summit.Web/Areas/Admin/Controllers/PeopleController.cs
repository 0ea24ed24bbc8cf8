using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

[Route("admin/people")]
public sealed class PeopleController(PersonEditor editor, EditingServices services)
    : ContentAdminController<PersonForm>(editor, services);
