package org.lianjian.activity;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;

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
 *
 * <p>
 * ical4j builds and escapes the content lines; they are folded here, because ical4j's
 * {@code FoldingWriter} counts characters, and RFC 5545 (3.1) limits a line to 75 octets:
 * a 40-character Chinese title is 120 octets of UTF-8. Lines are folded before 75 octets,
 * never inside a character.
 */
final class IcalWriter {

	private IcalWriter() {
	}

	/**
	 * The feed.
	 * @param name the calendar's display name (X-WR-CALNAME)
	 * @param activities the activities
	 * @param baseUrl the portal's base URL, for each event's link
	 * @param uidDomain the domain of the event UIDs ({@code activity-<id>@<domain>}), the
	 * same whatever address the feed was read at
	 * @param zone the portal's zone, which the activities' times are in
	 * @return the text/calendar body
	 */
	static String write(String name, List<ActivityView> activities, String baseUrl, String uidDomain, ZoneId zone) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Lianjian//Portal//ZH"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		for (ActivityView a : activities) {
			VEvent event = new VEvent(a.start().atZone(zone).toInstant(), a.end().atZone(zone).toInstant(), a.title());
			event.add(new Uid("activity-" + a.id() + "@" + uidDomain));
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
		return fold(calendar.toString());
	}

	/** Longest line, in octets, without its CRLF (RFC 5545, 3.1). */
	static final int MAX_OCTETS = 75;

	/**
	 * Folds content lines so that none is longer than {@link #MAX_OCTETS} octets of
	 * UTF-8: a longer line goes on after CRLF and one space, between two characters.
	 * @param unfolded content lines ended by CRLF
	 * @return the folded text
	 */
	static String fold(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
		for (String line : unfolded.split("\r\n")) {
			int octets = 0;
			for (int i = 0; i < line.length();) {
				int cp = line.codePointAt(i);
				int size = utf8Length(cp);
				if (octets + size > MAX_OCTETS) {
					out.append("\r\n ");
					octets = 1;
				}
				out.appendCodePoint(cp);
				octets += size;
				i += Character.charCount(cp);
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static int utf8Length(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return (codePoint < 0x10000) ? 3 : 4;
	}

}
