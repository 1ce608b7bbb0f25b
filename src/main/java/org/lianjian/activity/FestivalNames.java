package org.lianjian.activity;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * An activity's festival or series as a page names it ({@code @festivalNames} in
 * templates): an activity stores the festival's code ("volunteer-day"), which the reader
 * sees as the festival's name (志愿者日). A code that names no festival is the series text a
 * user typed, shown as typed. The festivals are read in one query the first time a
 * request asks.
 */
@Component("festivalNames")
@RequestScope
public class FestivalNames {

	private final FestivalTemplateRepository festivals;

	private @Nullable Map<String, String> names;

	FestivalNames(FestivalTemplateRepository festivals) {
		this.festivals = festivals;
	}

	/**
	 * The name to show for an activity's festival or series.
	 * @param tag the stored code or series text
	 * @return the festival's name, or the text itself
	 */
	public String name(@Nullable String tag) {
		if (tag == null) {
			return "";
		}
		if (this.names == null) {
			Map<String, String> all = new HashMap<>();
			this.festivals.findAll().forEach((f) -> all.put(f.getCode(), f.getName()));
			this.names = all;
		}
		return this.names.getOrDefault(tag, tag);
	}

}
