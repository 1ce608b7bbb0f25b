package org.lianjian.dashboard;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One kind of thing that needs the signed-in person now, on top of their home page.
 *
 * @param key stable identifier ({@code data-todo} on the page)
 * @param title what kind of thing it is, translated
 * @param figure how many there are, linking to the list filtered to exactly them; null
 * when the items are all there is
 * @param items the first few, each a link to the form where it is done
 */
public record Todo(String key, String title, @Nullable DashboardFigure figure, List<Item> items) {

	/** Whether there is anything to do at all. */
	public boolean open() {
		return !this.items.isEmpty() || (this.figure != null && this.figure.positive());
	}

	/**
	 * One thing to do.
	 *
	 * @param text what it is, translated
	 * @param href the form (or record) where it is done
	 * @param detail a second line (a date, a progress), or null
	 * @param percent a progress bar from 0 to 100, or null
	 */
	public record Item(String text, String href, @Nullable String detail, @Nullable Integer percent) {

		static Item of(String text, String href) {
			return new Item(text, href, null, null);
		}

		static Item of(String text, String href, @Nullable String detail) {
			return new Item(text, href, detail, null);
		}

	}

}
