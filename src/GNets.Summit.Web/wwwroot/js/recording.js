// Click-to-load recordings: the page links to the video on its host; with JavaScript the link becomes
// a button that swaps the site's own poster for the host's player. Nothing is fetched from YouTube or
// Vimeo before that click.
(function () {
    "use strict";
    document.querySelectorAll("[data-recording] a[data-embed]").forEach(function (link) {
        var frame = link.closest("[data-recording]");
        var button = document.createElement("button");
        button.type = "button";
        button.className = link.className;
        button.innerHTML = link.innerHTML;
        button.setAttribute("data-embed", link.getAttribute("data-embed"));
        link.replaceWith(button);
        button.addEventListener("click", function () {
            var iframe = document.createElement("iframe");
            iframe.src = button.getAttribute("data-embed");
            iframe.title = link.getAttribute("data-embed-title") || "Recording";
            iframe.className = "recording__player";
            iframe.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
            iframe.setAttribute("allowfullscreen", "");
            iframe.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
            frame.replaceChildren(iframe);
            iframe.focus();
        });
    });
}());
