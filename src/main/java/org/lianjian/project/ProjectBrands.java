package org.lianjian.project;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lianjian.shared.web.RuleViolationException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project brands (品牌) that staff keep: the list with how many projects each has, a
 * new brand, a brand renamed (names unique, ignoring case) and a brand retired.
 */
@Service
class ProjectBrands {

	private final ProjectBrandRepository brands;

	ProjectBrands(ProjectBrandRepository brands) {
		this.brands = brands;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	List<ProjectViews.BrandView> list() {
		Map<Long, Long> counts = new HashMap<>();
		this.brands.countProjects().forEach((r) -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
		return this.brands.findAllOrdered()
			.stream()
			.map((b) -> new ProjectViews.BrandView(Objects.requireNonNull(b.getId()), b.getVersion(), b.getName(),
					b.isRetired(), counts.getOrDefault(b.getId(), 0L)))
			.toList();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	Long add(BrandForm form) {
		String name = Objects.requireNonNull(form.name()).trim();
		if (this.brands.existsByNameIgnoreCase(name)) {
			throw new RuleViolationException("name", "project.brand.duplicate");
		}
		ProjectBrand b = new ProjectBrand();
		b.setName(name);
		this.brands.saveAndFlush(b);
		return Objects.requireNonNull(b.getId());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	void rename(Long id, BrandForm form) {
		ProjectBrand b = this.brands.findById(id).orElseThrow(() -> ProjectNotFoundException.forId(id));
		b.checkVersion(form.version() == null ? -1 : form.version());
		String name = Objects.requireNonNull(form.name()).trim();
		if (this.brands.existsByNameIgnoreCaseAndIdNot(name, id)) {
			throw new RuleViolationException("name", "project.brand.duplicate");
		}
		b.setName(name);
		this.brands.flush();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	void retire(Long id, boolean retired) {
		ProjectBrand b = this.brands.findById(id).orElseThrow(() -> ProjectNotFoundException.forId(id));
		b.setRetired(retired);
	}

}
