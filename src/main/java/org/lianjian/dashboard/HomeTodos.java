package org.lianjian.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.AccountService;
import org.lianjian.account.ActorNames;
import org.lianjian.account.AccountSummary;
import org.lianjian.account.AuditEntry;
import org.lianjian.account.DataScope;
import org.lianjian.account.SecurityAuditService;
import org.lianjian.activity.ActivityBrief;
import org.lianjian.activity.ActivityService;
import org.lianjian.activity.ActivityStatus;
import org.lianjian.activity.ActivityTodos;
import org.lianjian.activity.ActivityView;
import org.lianjian.agreement.AgreementFilter;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.AgreementStatus;
import org.lianjian.agreement.AgreementViews;
import org.lianjian.matching.AgedNeeds;
import org.lianjian.report.EvaluationProgress;
import org.lianjian.shared.web.PageView;
import org.lianjian.unit.ChangeRequestService;
import org.lianjian.unit.ChangeRequestStatus;
import org.lianjian.unit.ChangeRequestView;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Component;

/**
 * The "待办" section of each role's home page: what needs the person now, each kind with
 * the first few items (each a link to the form where it is done) and, where it is a
 * count, a figure linking to the list filtered to exactly what it counts. One statement
 * (or one list query of the owning module) per kind; scope is the owning services'.
 */
@Component
class HomeTodos {

	/** How many items of a kind the section lists. */
	static final int SHOWN = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final AgreementService agreements;

	private final ChangeRequestService requests;

	private final UnitService units;

	private final ActivityTodos activityTodos;

	private final ActivityService activities;

	private final EvaluationProgress evaluations;

	private final AccountService accounts;

	private final SecurityAuditService audit;

	private final TodoText text;

	private final Clock clock;

	/**
	 * People's names for the login names of audit entries (request-scoped, one query).
	 */
	private final ActorNames actors;

	/** The matching module's ageing needs by category (issue 18). */
	private final AgedNeeds agedNeeds;

	HomeTodos(AgreementService agreements, ChangeRequestService requests, UnitService units,
			ActivityTodos activityTodos, ActivityService activities, EvaluationProgress evaluations,
			AccountService accounts, SecurityAuditService audit, ActorNames actors, AgedNeeds agedNeeds, TodoText text,
			Clock clock) {
		this.actors = actors;
		this.agedNeeds = agedNeeds;
		this.agreements = agreements;
		this.requests = requests;
		this.units = units;
		this.activityTodos = activityTodos;
		this.activities = activities;
		this.evaluations = evaluations;
		this.accounts = accounts;
		this.audit = audit;
		this.text = text;
		this.clock = clock;
	}

	/**
	 * The to-dos of the signed-in person, kinds with nothing to do left out.
	 * @param scope their scope
	 * @param reminders the page's agreement reminders, in the same scope
	 * @return the open kinds, in the order they are shown
	 */
	List<Todo> of(DataScope scope, HomeReminders reminders) {
		List<Todo> all = switch (scope.role()) {
			case ADMIN -> admin();
			case STAFF -> staff(reminders);
			case SECRETARY -> secretary(scope);
			case LIAISON -> liaison(scope, reminders);
		};
		return all.stream().filter(Todo::open).toList();
	}

	// ---------------------------------------------------------------- staff

	private List<Todo> staff(HomeReminders reminders) {
		List<Todo> todos = new ArrayList<>();
		PageView<AgreementViews.Summary> submitted = this.agreements
			.search(new AgreementFilter(null, AgreementStatus.SUBMITTED, null, null, null, null, null, null, null));
		todos.add(new Todo("submitted", this.text.get("submitted"),
				DashboardFigure.count("submitted", submitted.totalElements(),
						DashboardFigure.link("/agreements", "status", AgreementStatus.SUBMITTED)),
				submitted.content()
					.stream()
					.limit(SHOWN)
					.map((a) -> Todo.Item.of(a.number() + " " + a.title(), "/agreements/" + a.id(),
							a.communityOrgName()))
					.toList()));
		List<ChangeRequestView> pending = this.requests.pending();
		todos.add(new Todo("requests", this.text.get("requests"),
				DashboardFigure.count("requests", pending.size(), "/units/requests"),
				pending.stream()
					.limit(SHOWN)
					.map((r) -> Todo.Item.of(this.text.get("request", r.unitName(), r.proposedValue()),
							"/units/requests#request-" + r.id()))
					.toList()));
		todos.add(red(reminders));
		todos.add(ending(reminders, "ending"));
		todos.add(new Todo("vacant", this.text.get("vacant"),
				DashboardFigure.count("vacant", this.units.count(UnitService.activeVacant()),
						DashboardFigure.link("/units", "status", "ACTIVE", "vacant", true)),
				List.of()));
		todos.add(agedNeeds());
		todos.add(new Todo("festivals", this.text.get("festivals"), null,
				this.activityTodos.festivalsThisMonth()
					.stream()
					.map((f) -> f.planned()
							? Todo.Item.of(this.text.get("festival.held", f.name()),
									"/activities/" + f.activityId() + "/held", DAY.format(f.date()))
							: Todo.Item.of(this.text.get("festival.plan", f.name()),
									"/activities/festivals?year=" + f.date().getYear(), DAY.format(f.date())))
					.toList()));
		return todos;
	}

	/**
	 * Ageing needs (open past their wanted date or for more than 60 days), counted by
	 * category: the figure opens the needs list filtered to all of them, each category
	 * its own filtered list.
	 */
	private Todo agedNeeds() {
		List<AgedNeeds.Count> counts = this.agedNeeds.byCategory();
		long total = counts.stream().mapToLong(AgedNeeds.Count::count).sum();
		return new Todo("agedNeeds", this.text.get("agedNeeds"),
				DashboardFigure.count("agedNeeds", total, DashboardFigure.link("/matching/needs", "aged", true)),
				counts.stream()
					.limit(SHOWN)
					.map((c) -> Todo.Item.of(this.text.get("agedNeeds.category", c.category(), c.count()), c.href()))
					.toList());
	}

	private Todo red(HomeReminders reminders) {
		return new Todo("red", this.text.get("red"), DashboardFigure.count("red", reminders.red(), reminders.redLink()),
				reminders.redFirst()
					.stream()
					.limit(SHOWN)
					.map((c) -> Todo.Item.of(c.number() + " " + c.description(), "/agreements/" + c.agreementId()))
					.toList());
	}

	private Todo ending(HomeReminders reminders, String key) {
		return new Todo(key, this.text.get(key), DashboardFigure.count(key, reminders.ending(), reminders.endingLink()),
				reminders.endingFirst()
					.stream()
					.limit(SHOWN)
					.map((a) -> Todo.Item.of(a.number() + " " + a.title(), "/agreements/" + a.id(),
							this.text.get("endsOn", DAY.format(a.termEnd()))))
					.toList());
	}

	// ---------------------------------------------------------------- liaison

	private List<Todo> liaison(DataScope scope, HomeReminders reminders) {
		Long unitId = scope.unitId();
		if (unitId == null) {
			return List.of();
		}
		List<Todo> todos = new ArrayList<>();
		todos.add(new Todo("deliver", this.text.get("deliver"), null,
				this.agreements.deliveries()
					.stream()
					.map((d) -> new Todo.Item(this.text.get("deliver.item", d.number(), d.description()),
							"/agreements/" + d.agreementId() + "/commitments/" + d.commitmentId() + "/deliver",
							d.target() == null ? this.text.get("deliver.done", d.delivered().toPlainString())
									: this.text.get("deliver.progress", d.delivered().toPlainString(),
											d.target().toPlainString(), d.targetUnit() == null ? "" : d.targetUnit()),
							d.percent()))
					.toList()));
		todos.add(new Todo("hours", this.text.get("hours"), null,
				this.activityTodos.needingHours()
					.stream()
					.map((a) -> Todo.Item.of(a.title(), "/activities/" + a.id() + "/held", WHEN.format(a.start())))
					.toList()));
		todos.add(ending(reminders, "renew"));
		todos.add(new Todo("unitRequests", this.text.get("unitRequests"), null,
				this.requests.forUnit(unitId)
					.stream()
					.filter((r) -> r.status() == ChangeRequestStatus.PENDING)
					.map((r) -> Todo.Item.of(this.text.get("unitRequest", r.proposedValue()),
							"/units/" + unitId + "?tab=history"))
					.toList()));
		return todos;
	}

	// ---------------------------------------------------------------- secretary

	private List<Todo> secretary(DataScope scope) {
		List<Todo> todos = new ArrayList<>();
		this.evaluations.current().ifPresent((p) -> {
			String href = (p.nextUnitId() == null) ? "/evaluations/" + p.year()
					: "/evaluations/" + p.year() + "/units/" + p.nextUnitId();
			String line = (p.nextUnitId() == null) ? this.text.get("evaluation.done", p.scored(), p.total())
					: this.text.get("evaluation.next", p.scored(), p.total(), p.nextUnitName());
			todos.add(new Todo("evaluation", this.text.get("evaluation", String.valueOf(p.year())), null,
					p.scored() < p.total() ? List.of(Todo.Item.of(line, href)) : List.of()));
		});
		todos.add(new Todo("vacant", this.text.get("vacantArea"),
				DashboardFigure.count("vacant", this.units.count(UnitService.activeVacant()),
						DashboardFigure.link("/units", "status", "ACTIVE", "vacant", true)),
				List.of()));
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		todos.add(new Todo("week", this.text.get("week"), null,
				this.activities.inRange(monday, monday.plusDays(6), null)
					.stream()
					.filter((a) -> scope.coversOrganisation(a.organiserOrgId()))
					.filter((a) -> a.status() != ActivityStatus.CANCELLED)
					.map((a) -> weekItem(a, now))
					.toList()));
		return todos;
	}

	private Todo.Item weekItem(ActivityView a, LocalDateTime now) {
		boolean toMark = a.status() == ActivityStatus.PLANNED && a.start().isBefore(now);
		return Todo.Item.of(toMark ? this.text.get("week.held", a.title()) : a.title(),
				toMark ? "/activities/" + a.id() + "/held" : "/activities/" + a.id(), WHEN.format(a.start()));
	}

	// ---------------------------------------------------------------- admin

	private List<Todo> admin() {
		PageView<AccountSummary> attention = this.accounts.search(null, null, true, 0);
		PageView<AuditEntry> recent = this.audit.search(null, null, true, 0);
		return List.of(
				new Todo("accounts", this.text.get("accounts"),
						DashboardFigure.count("attention", attention.totalElements(),
								DashboardFigure.link("/admin/accounts", "attention", true)),
						attention.content()
							.stream()
							.limit(SHOWN)
							.map((a) -> Todo.Item.of(a.displayName(), "/admin/accounts/" + a.id(),
									this.text.get(a.locked() ? "account.locked" : "account.oneTime")))
							.toList()),
				new Todo("audit", this.text.get("audit"),
						DashboardFigure.count("recentAudit", recent.totalElements(),
								DashboardFigure.link("/admin/audit", "recent", true)),
						recent.content()
							.stream()
							.limit(SHOWN)
							.map((e) -> Todo.Item.of(auditSubject(e.username()),
									"/admin/audit?recent=true&type=" + e.type().name(),
									this.text.raw(e.type().messageKey())))
							.toList()));
	}

	/**
	 * Whose event it is: the person's name; a login name that is no account (a mistyped
	 * or probing login, a removed account) is not shown here, only on the audit log.
	 */
	private String auditSubject(@Nullable String username) {
		String who = this.actors.name(username);
		return (username != null && who.equals(username)) ? this.text.get("audit.unknown")
				: this.text.get("audit.item", who);
	}

}
