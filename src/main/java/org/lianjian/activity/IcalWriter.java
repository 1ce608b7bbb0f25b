package org.lianjian.activity;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes activities as an iCalendar (RFC 5545) document with ical4j. Times are written in
 * UTC, so no VTIMEZONE is needed; clients show them in their own zone.
 */
final class IcalWriter {

	private IcalWriter() {
	}

	/**
	 * The feed.
	 * @param name the calendar's display name (X-WR-CALNAME)
	 * @param activities the activities
	 * @param baseUrl the portal's base URL, for each event's link
	 * @param host the host name for event UIDs
	 * @return the text/calendar body
	 */
	static String write(String name, List<ActivityView> activities, String baseUrl, String host) {
		ZoneId zone = ZoneId.systemDefault();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Lianjian//Portal//ZH"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		for (ActivityView a : activities) {
			VEvent event = new VEvent(a.start().atZone(zone).toInstant(), a.end().atZone(zone).toInstant(), a.title());
			event.add(new Uid("activity-" + a.id() + "@" + host));
			String venue = a.venue();
			if (venue != null && !venue.isBlank()) {
				event.add(new Location(venue));
			}
			event.add(new Description(a.organiserName()));
			event.add(new Url(URI.create(baseUrl + "/activities/" + a.id())));
			if (a.status() == ActivityStatus.CANCELLED) {
				event.add(new Status(Status.VALUE_CANCELLED));
			}
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

}
