using GNets.Summit.Web.Areas.Admin.Editing;
using GNets.Summit.Web.Areas.Admin.Editors;
using Microsoft.AspNetCore.Mvc;

namespace GNets.Summit.Web.Areas.Admin.Controllers;

// One controller per kind of content; the flow is shared (ContentAdminController), the differences
// live in the editors.

[Route("admin/events")]
public sealed class EventsController(EventEditor editor, EditingServices services)
    : ContentAdminController<EventForm>(editor, services);
