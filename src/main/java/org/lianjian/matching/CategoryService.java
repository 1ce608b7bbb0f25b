package org.lianjian.matching;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category taxonomy shared by needs and resources: read by everyone, kept by staff.
 */
@Service
public class CategoryService {

	private final CategoryRepository categories;

	private final MatchingAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	CategoryService(CategoryRepository categories, MatchingAccess access, NamedParameterJdbcTemplate jdbc) {
		this.categories = categories;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * Every category with how many needs and resources use it (the admin page).
	 * @return the categories in their order
	 */
	@Transactional(readOnly = true)
	public List<MatchingViews.CategoryView> all() {
		return this.jdbc.query("""
				select c.id, c.version, c.name, c.sort_order, c.active,
				       (select count(*) from need n where n.category_id = c.id) as needs,
				       (select count(*) from service_resource r where r.category_id = c.id) as resources
				  from matching_category c order by c.sort_order, c.id
				""", Map.of(),
				(rs, i) -> new MatchingViews.CategoryView(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
						rs.getInt("sort_order"), rs.getBoolean("active"), rs.getLong("needs"),
						rs.getLong("resources")));
	}

	/**
	 * The categories offered for new needs and resources (and the filters).
	 * @return active categories, in order
	 */
	@Transactional(readOnly = true)
	public List<MatchingViews.Option> options() {
		return this.categories.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.filter(Category::isActive)
			.map((c) -> new MatchingViews.Option(Objects.requireNonNull(c.getId()), c.getName()))
			.toList();
	}

	/**
	 * Whether a category exists and is active (a form's choice).
	 * @param id the category
	 * @return whether it may be chosen
	 */
	boolean choosable(Long id) {
		return this.categories.findById(id).map(Category::isActive).orElse(false);
	}

	@Transactional
	public Long create(CategoryForm form) {
		this.access.requireStaff();
		String name = NeedForm.blankless(form.name());
		if (this.categories.existsByName(name)) {
			throw new RuleViolationException("name", "matching.category.duplicate");
		}
		Category c = new Category(name, Objects.requireNonNull(form.sortOrder()));
		if (!form.active()) {
			c.update(name, c.getSortOrder(), false);
		}
		return Objects.requireNonNull(this.categories.save(c).getId());
	}

	@Transactional
	public void update(Long id, CategoryForm form) {
		this.access.requireStaff();
		Category c = this.categories.findById(id).orElseThrow(() -> MatchingNotFoundException.category(id));
		long version = (form.version() != null) ? form.version() : -1;
		c.checkVersion(version);
		String name = NeedForm.blankless(form.name());
		if (this.categories.existsByNameAndIdNot(name, id)) {
			throw new RuleViolationException("name", "matching.category.duplicate");
		}
		c.update(name, Objects.requireNonNull(form.sortOrder()), form.active());
		try {
			this.categories.saveAndFlush(c);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEditException(version, ex);
		}
	}

	/**
	 * A category's name, for a page (any category, active or not).
	 * @param id the category
	 * @return its name
	 */
	String name(Long id) {
		return this.jdbc.queryForObject("select name from matching_category where id = :id",
				new MapSqlParameterSource("id", id), String.class);
	}

}
