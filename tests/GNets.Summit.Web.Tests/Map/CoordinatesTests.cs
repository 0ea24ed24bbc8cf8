using System.Net;
using GNets.Summit.Web.Tests.Infrastructure;

namespace GNets.Summit.Web.Tests.Map;

/// <summary>Staff see a city's coordinates on a map before saving them; coordinates off the globe are refused.</summary>
public sealed class CoordinatesTests(SummitFactory factory) : IClassFixture<SummitFactory>
{
    private static async Task<string> EditUrlAsync(Browser staff, string name) =>
        (await staff.GetAsync($"/admin/cities?q={Uri.EscapeDataString(name)}")).QuerySelector("tbody th a")!.GetAttribute("href")!;

    [Fact]
    public async Task The_edit_form_shows_the_saved_coordinates_on_a_map()
    {
        var staff = await factory.SignInAsNewStaffAsync();

        var form = await staff.GetAsync(await EditUrlAsync(staff, "Nairobi"));

        var caption = form.QuerySelector(".coordinates-preview figcaption")!.TextOf();
        Assert.StartsWith("Nairobi at 1.2", caption);
        Assert.Contains("° S, 36.8", caption);
        Assert.Contains("° E", caption);
        Assert.NotNull(form.QuerySelector(".coordinates-preview svg[role=img] .map-here"));
    }

    [Fact]
    public async Task Show_on_the_map_draws_the_typed_point_and_saves_nothing()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "Bangkok");

        // The sign typed wrong: Bangkok in the southern hemisphere.
        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.Latitude"] = "-13.7563" }, submitter: "button[name=preview]");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Bangkok at 13.7563° S, 100.5018° E", page.QuerySelector(".coordinates-preview figcaption")!.TextOf());
        Assert.Equal("-13.7563", page.QuerySelector("#Form_Latitude")!.GetAttribute("value"));
        var saved = await factory.WithStoreAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Cities, c => c.Slug == "bangkok"));
        Assert.Equal(13.7563, saved.Latitude);
    }

    [Theory]
    [InlineData("Form.Latitude", "90.5", "Latitude is between -90 and 90.")]
    [InlineData("Form.Latitude", "-91", "Latitude is between -90 and 90.")]
    [InlineData("Form.Longitude", "181", "Longitude is between -180 and 180.")]
    [InlineData("Form.Longitude", "-180.01", "Longitude is between -180 and 180.")]
    [InlineData("Form.Longitude", "NaN", "Longitude is between -180 and 180.")]
    [InlineData("Form.Latitude", "Infinity", "is not a valid value for Latitude.")]
    public async Task Coordinates_off_the_globe_are_refused_with_a_message_and_no_map(string field, string value, string message)
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "Amman");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { [field] = value });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, Browser.ErrorsIn(body));
        Assert.Null(Html.Parse(body).QuerySelector(".coordinates-preview figure"));
        Assert.Equal("Jordan", (await factory.CreateVisitor().GetPageAsync("/cities/amman")).QuerySelector(".lead")!.TextOf());
    }

    [Fact]
    public async Task A_refused_save_still_shows_coordinates_that_were_in_range()
    {
        var staff = await factory.SignInAsNewStaffAsync();
        var edit = await EditUrlAsync(staff, "Seoul");

        using var response = await staff.SubmitAsync(edit, new Dictionary<string, string?> { ["Form.Name"] = "", ["Form.Longitude"] = "-126.978" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var caption = Html.Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".coordinates-preview figcaption")!.TextOf();
        Assert.Contains("126.978° W", caption);
    }
}
