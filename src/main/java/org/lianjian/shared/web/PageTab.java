package org.lianjian.shared.web;

/**
 * A tab that a later module adds to a page of an earlier one (the unit page, the
 * organisation page), without the earlier module depending on it.
 *
 * @param key the tab's id, also the {@code tab} value the page marks active
 * @param labelKey message key of its label
 * @param href where it leads
 */
public record PageTab(String key, String labelKey, String href) {

}
