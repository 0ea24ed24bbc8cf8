// Progressive enhancement only: every page works without this file.
// Program times are rendered on the server in the event's time zone. Where the visitor's own zone
// differs, add the same moment in their zone, with the date whenever it falls on another day.
(function () {
    "use strict";
    if (!window.Intl || !Intl.DateTimeFormat) { return; }
    var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // The page's language: Japanese pages write the visitor's time the Japanese way.
    var locale = document.documentElement.lang === "ja" ? "ja-JP" : "en-US";

    function dayIn(moment, zone) {
        return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(moment);
    }

    function format(moment, withDate) {
        var options = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
        if (withDate) { options.weekday = "short"; options.month = "short"; options.day = "numeric"; }
        return new Intl.DateTimeFormat(locale, options).format(moment);
    }

    function zoneName(moment) {
        var part = new Intl.DateTimeFormat(locale, { timeZoneName: "short" }).formatToParts(moment)
            .filter(function (p) { return p.type === "timeZoneName"; })[0];
        return part ? part.value : visitorZone;
    }

    document.querySelectorAll("[data-zone][data-start]").forEach(function (el) {
        var eventZone = el.getAttribute("data-zone");
        var start = new Date(el.getAttribute("data-start"));
        var endText = el.getAttribute("data-end");
        var end = endText ? new Date(endText) : null;
        if (!eventZone || isNaN(start.getTime())) { return; }
        // Same offset at that moment means the same wall-clock time: nothing to add.
        if (format(start, true) === new Intl.DateTimeFormat(locale, { timeZone: eventZone, weekday: "short", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(start)) { return; }
        var startOtherDay = dayIn(start, eventZone) !== dayIn(start, visitorZone);
        var text = format(start, startOtherDay);
        if (end && !isNaN(end.getTime())) {
            var endOtherDay = dayIn(end, visitorZone) !== dayIn(start, visitorZone);
            text += "–" + format(end, endOtherDay);
        }
        var local = document.createElement("span");
        local.className = "local-time";
        local.setAttribute("data-local-time", "");
        local.textContent = (el.getAttribute("data-your-time") || "Your time:") + " " + text + " " + zoneName(start);
        el.appendChild(local);
    });
})();
