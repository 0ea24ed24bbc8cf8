namespace GNets.Summit.Web.Data.Entities;

/// <summary>How long a library photo's texts may be (the form, the upload and the store agree).</summary>
public static class MediaText
{
    public const int MaxAlt = 300;
    public const int MaxCaption = 500;
    public const int MaxCredit = 200;
}
