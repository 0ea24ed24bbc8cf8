using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

namespace GNets.Summit.Web.Features.Schedule;

/// <summary>
/// Writes a <see cref="ScheduleExport"/> as c3voc "schedule XML" (frab's and pretalx's schedule.xml) and
/// "schedule JSON", valid against the schemas of voc/schedule (validator/xsd/schedule.xml.xsd and
/// validator/json/schema.json), which Giggity, EventFahrplan and other conference apps read.
/// </summary>
public static partial class ScheduleFormats
{
    private const string Version = "1.0";
    private const string Generator = "GNets.Summit";
    private const string TimeslotDuration = "00:05";

    public static byte[] Xml(ScheduleExport schedule)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("schedule");
            xml.WriteStartElement("generator");
            xml.WriteAttributeString("name", Generator);
            xml.WriteEndElement();
            xml.WriteElementString("version", Version);
            xml.WriteStartElement("conference");
            xml.WriteElementString("title", schedule.Title);
            xml.WriteElementString("acronym", schedule.Acronym);
            xml.WriteElementString("start", Date(schedule.Start));
            xml.WriteElementString("end", Date(schedule.End));
            xml.WriteElementString("days", schedule.Days.Count.ToString(CultureInfo.InvariantCulture));
            xml.WriteElementString("timeslot_duration", TimeslotDuration);
            xml.WriteElementString("base_url", schedule.BaseUrl);
            xml.WriteElementString("url", schedule.ProgramUrl);
            xml.WriteElementString("time_zone_name", schedule.TimeZoneId);
            xml.WriteEndElement();
            foreach (var day in schedule.Days)
            {
                xml.WriteStartElement("day");
                xml.WriteAttributeString("index", day.Index.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("date", Date(day.Date));
                xml.WriteAttributeString("start", DateTime(day.DayStart));
                xml.WriteAttributeString("end", DateTime(day.DayEnd));
                foreach (var room in schedule.Rooms.Where(r => day.Slots.Any(s => s.Room == r.Name)))
                {
                    xml.WriteStartElement("room");
                    xml.WriteAttributeString("name", room.Name);
                    xml.WriteAttributeString("guid", room.Uid.ToString());
                    foreach (var slot in day.Slots.Where(s => s.Room == room.Name))
                    {
                        WriteEvent(xml, slot);
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static void WriteEvent(XmlWriter xml, ScheduleSlot slot)
    {
        xml.WriteStartElement("event");
        xml.WriteAttributeString("id", slot.Id.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("guid", slot.Uid.ToString());
        xml.WriteElementString("date", DateTime(slot.Start));
        xml.WriteElementString("start", Time(slot.Start));
        xml.WriteElementString("duration", Duration(slot.Duration));
        xml.WriteElementString("room", slot.Room);
        // The XSD's slug ("acronym-title") is optional: written only when this one fits it.
        if (VocSlug().IsMatch(slot.Slug))
        {
            xml.WriteElementString("slug", slot.Slug);
        }

        xml.WriteElementString("url", slot.Url);
        xml.WriteElementString("title", slot.Title);
        if (slot.Subtitle is not null)
        {
            xml.WriteElementString("subtitle", slot.Subtitle);
        }

        xml.WriteElementString("track", slot.Track);
        xml.WriteElementString("type", slot.Type);
        xml.WriteElementString("language", slot.Language);
        xml.WriteElementString("abstract", slot.Abstract);
        if (slot.Description is not null)
        {
            xml.WriteElementString("description", slot.Description);
        }

        xml.WriteStartElement("persons");
        foreach (var person in slot.Persons)
        {
            xml.WriteStartElement("person");
            xml.WriteAttributeString("guid", person.Uid.ToString());
            xml.WriteString(person.Name);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("links");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    public static byte[] Json(ScheduleExport schedule, string schemaUrl)
    {
        // Relaxed escaping: a JSON file, never embedded in HTML, so "São Paulo" stays readable.
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", schemaUrl);
            json.WriteStartObject("generator");
            json.WriteString("name", Generator);
            json.WriteEndObject();
            json.WriteStartObject("schedule");
            json.WriteString("version", Version);
            json.WriteString("base_url", schedule.BaseUrl);
            json.WriteStartObject("conference");
            json.WriteString("acronym", schedule.Acronym);
            json.WriteString("title", schedule.Title);
            json.WriteString("start", Date(schedule.Start));
            json.WriteString("end", Date(schedule.End));
            json.WriteNumber("daysCount", schedule.Days.Count);
            json.WriteString("timeslot_duration", TimeslotDuration);
            json.WriteString("time_zone_name", schedule.TimeZoneId);
            json.WriteString("url", schedule.ProgramUrl);
            json.WriteStartArray("rooms");
            foreach (var room in schedule.Rooms)
            {
                json.WriteStartObject();
                json.WriteString("name", room.Name);
                json.WriteString("guid", room.Uid.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("days");
            foreach (var day in schedule.Days)
            {
                json.WriteStartObject();
                json.WriteNumber("index", day.Index);
                json.WriteString("date", Date(day.Date));
                json.WriteString("day_start", DateTime(day.DayStart));
                json.WriteString("day_end", DateTime(day.DayEnd));
                json.WriteStartObject("rooms");
                foreach (var room in schedule.Rooms.Where(r => day.Slots.Any(s => s.Room == r.Name)))
                {
                    json.WriteStartArray(room.Name);
                    foreach (var slot in day.Slots.Where(s => s.Room == room.Name))
                    {
                        WriteEvent(json, slot);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteEvent(Utf8JsonWriter json, ScheduleSlot slot)
    {
        json.WriteStartObject();
        json.WriteString("guid", slot.Uid.ToString());
        json.WriteNumber("id", slot.Id);
        json.WriteString("date", DateTime(slot.Start));
        json.WriteString("start", Time(slot.Start));
        json.WriteString("end", DateTime(slot.End));
        json.WriteString("duration", Duration(slot.Duration));
        json.WriteString("room", slot.Room);
        json.WriteString("slug", slot.Slug);
        json.WriteString("url", slot.Url);
        json.WriteString("title", slot.Title);
        json.WriteString("subtitle", slot.Subtitle);
        json.WriteString("track", slot.Track);
        json.WriteString("type", slot.Type);
        json.WriteString("language", slot.Language);
        json.WriteString("abstract", slot.Abstract);
        json.WriteString("description", slot.Description);
        json.WriteStartArray("persons");
        foreach (var person in slot.Persons)
        {
            json.WriteStartObject();
            json.WriteString("name", person.Name);
            json.WriteString("guid", person.Uid.ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("links");
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DateTime(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Hours and minutes; a whole day is "24:00".</summary>
    private static string Duration(TimeSpan duration) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)duration.TotalHours:00}:{duration.Minutes:00}");

    [GeneratedRegex("^[a-z0-9_]{4,}-[a-z0-9_-]{4,}$", RegexOptions.CultureInvariant)]
    private static partial Regex VocSlug();
}
