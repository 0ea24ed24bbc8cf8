using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace GNets.Summit.Web.Tests.Infrastructure;

/// <summary>
/// Fills in and submits forms the way a browser does: it loads the page, takes every field's current
/// value (including the antiforgery token), applies the test's changes, and posts to the form's action.
/// </summary>
public sealed class Browser(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public Task<IDocument> GetAsync(string url, HttpStatusCode expected = HttpStatusCode.OK) => Client.GetPageAsync(url, expected);

    /// <summary>Submits the form on <paramref name="pageUrl"/>; a null value removes the field, as unticking a box does.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        string pageUrl, IDictionary<string, string?>? changes = null, string formSelector = "main form.admin-form",
        string? submitter = null, IDictionary<string, (string FileName, byte[] Bytes, string ContentType)>? files = null)
    {
        var page = await GetAsync(pageUrl);
        return await SubmitAsync(page, changes, formSelector, submitter, files);
    }

    public async Task<HttpResponseMessage> SubmitAsync(
        IDocument page, IDictionary<string, string?>? changes = null, string formSelector = "main form.admin-form",
        string? submitter = null, IDictionary<string, (string FileName, byte[] Bytes, string ContentType)>? files = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"No form '{formSelector}' on the page");
        var fields = Fields(form);
        foreach (var (name, value) in changes ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Name == name);
            if (value is not null)
            {
                fields.Add((name, value));
            }
        }

        if (submitter is not null)
        {
            var button = form.QuerySelector(submitter) as IHtmlButtonElement
                ?? throw new Xunit.Sdk.XunitException($"No button '{submitter}' in the form");
            fields.Add((button.Name!, button.Value));
        }

        var action = form.GetAttribute("action") ?? "";
        HttpContent content;
        if (files is null || files.Count == 0)
        {
            content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        }
        else
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, value) in fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            foreach (var (name, file) in files)
            {
                var part = new ByteArrayContent(file.Bytes);
                part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(file.ContentType);
                multipart.Add(part, name, file.FileName);
            }

            content = multipart;
        }

        return await Client.PostAsync(action, content);
    }

    /// <summary>Posts a form and expects a redirect (post/redirect/get); returns where it points.</summary>
    public async Task<string> SubmitAndFollowAsync(string pageUrl, IDictionary<string, string?>? changes = null, string formSelector = "main form.admin-form")
    {
        using var response = await SubmitAsync(pageUrl, changes, formSelector);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect after saving {pageUrl}, got {(int)response.StatusCode}: {ErrorsIn(body)}");
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>The messages of an admin page's error summary, for assertion messages.</summary>
    public static string ErrorsIn(string html) =>
        string.Join(" | ", Html.Parse(html).QuerySelectorAll(".error-summary li, .field__error").Select(e => e.TextOf()));

    private static List<(string Name, string Value)> Fields(IHtmlFormElement form)
    {
        var fields = new List<(string, string)>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add((input.Name!, input.Value));
                        }
                    }
                    else if (input.Type is not ("file" or "submit" or "button"))
                    {
                        fields.Add((input.Name!, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    if (selected is not null)
                    {
                        fields.Add((select.Name!, selected.Value));
                    }

                    break;
                case IHtmlTextAreaElement textarea when !string.IsNullOrEmpty(textarea.Name):
                    fields.Add((textarea.Name!, textarea.Value));
                    break;
            }
        }

        return fields;
    }
}
