package org.lianjian.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.activity.ActivityForm;
import org.lianjian.activity.ActivityService;
import org.lianjian.activity.ActivityType;
import org.lianjian.agreement.AgreementForm;
import org.lianjian.agreement.AgreementLevel;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.CommitmentForm;
import org.lianjian.agreement.CooperationArea;
import org.lianjian.agreement.FulfilmentForm;
import org.lianjian.holiday.WorkingDays;
import org.lianjian.matching.NeedStatus;
import org.lianjian.matching.OrderStatus;
import org.lianjian.support.TestDatabase;
import org.lianjian.unit.AdminRank;
import org.lianjian.unit.CreditCode;
import org.lianjian.unit.InstitutionType;
import org.lianjian.unit.PartyOrgKind;
import org.lianjian.unit.UnitCategory;
import org.lianjian.unit.UnitForm;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Generates size T twice into a database of its own on the test server (the second time
 * through a reset), then checks a sample the way the portal would: forms' Bean
 * Validation, the invariants the services keep, logins, and reads through the services.
 */
@SpringBootTest(properties = { "portal.test.own-database=true", "portal.demo-data=false" })
@AutoConfigureMockMvc
class DatasetGeneratorTests {

	private static final LocalDate TODAY = LocalDate.now(DatasetGenerator.ZONE);

	/**
	 * Checksums of the first run; filled by {@link #prepare()}, so declared before it.
	 */
	private static final Map<String, String> FIRST_RUN = new LinkedHashMap<>();

	private static final String URL = prepare();

	@Autowired
	Validator validator;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	UnitService unitService;

	@Autowired
	AgreementService agreementService;

	@Autowired
	ActivityService activityService;

	@Autowired
	WorkingDays workingDays;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.Connection db = TestDatabase.get();
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}

	/**
	 * A fresh database next to the shared test database, migrated and filled with size T.
	 */
	private static String prepare() {
		TestDatabase.Connection db = TestDatabase.get();
		String url = TestDatabase.freshDatabase("bench_generator_tests");
		DatasetGenerator.migrate(url, db.username(), db.password());
		try (Connection c = connect(url)) {
			DatasetGenerator.generate(c, DatasetSize.T, DatasetGenerator.SEED, TODAY, false);
			FIRST_RUN.putAll(checksums(c));
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return url;
	}

	private static Connection connect(String url) throws SQLException {
		TestDatabase.Connection db = TestDatabase.get();
		return DriverManager.getConnection(url, db.username(), db.password());
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldReachTheSizesTargets() throws SQLException {
		DatasetSize t = DatasetSize.T;
		try (Connection c = connect(URL)) {
			assertThat(count(c, "select count(*) from resident_unit")).isEqualTo(t.units());
			assertThat(count(c, "select count(*) from organisation where type = 'RESIDENTIAL_PARTY_ORG'"))
				.isEqualTo(t.areas());
			// plus at most one each for the two liaison accounts' units
			assertThat(count(c, "select count(*) from agreement")).isBetween((long) t.agreements(),
					t.agreements() + 2L);
			assertThat(count(c, "select count(*) from activity")).isEqualTo(t.activities());
			assertThat(count(c, "select count(*) from user_account")).isEqualTo(t.accounts());
			long participation = count(c,
					"select (select count(*) from activity_unit_hours) + (select count(*) from activity_volunteer)");
			assertThat(participation).isBetween((long) (t.participation() * 0.8), (long) (t.participation() * 1.2));
			assertThat(count(c, "select count(distinct extract(year from start_at)) from activity"))
				.isEqualTo(DatasetSize.YEARS);
			assertThat(count(c, "select max(extract(year from start_at)) from activity")).isEqualTo(TODAY.getYear());
			assertThat(count(c, "select count(*) from activity where status = 'HELD'")).isPositive();
			assertThat(count(c, "select count(*) from fulfilment")).isPositive();
			assertThat(count(c, "select count(*) from need")).isEqualTo(t.needs());
			assertThat(count(c, "select count(*) from service_resource")).isEqualTo(t.resources());
			assertThat(count(c, "select count(*) from service_order")).isEqualTo(t.orders());
		}
	}

	@Test
	void shouldGenerateTheSameDataForTheSameSeedAndRefuseToOverwriteWithoutReset() throws SQLException {
		try (Connection c = connect(URL)) {
			assertThatThrownBy(() -> DatasetGenerator.generate(c, DatasetSize.T, DatasetGenerator.SEED, TODAY, false))
				.isInstanceOf(IllegalStateException.class);
			DatasetGenerator.generate(c, DatasetSize.T, DatasetGenerator.SEED, TODAY, true);
			assertThat(checksums(c)).isEqualTo(FIRST_RUN);
			assertThat(FIRST_RUN.values()).doesNotHaveDuplicates();
			// the app can insert after the explicit ids: identities were moved past them
			assertThat(count(c, "select nextval(pg_get_serial_sequence('agreement', 'id'))"))
				.isGreaterThan(count(c, "select max(id) from agreement"));
		}
	}

	@Test
	void shouldGiveUnitsThatPassTheUnitForm() throws SQLException {
		int checked = 0;
		try (Connection c = connect(URL); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select u.*, (select max(cm.valid_from) from coordination_membership cm
				  where cm.organisation_id = u.party_org_id and cm.valid_to is null) as coordination_since
				from resident_unit u order by u.id""")) {
			while (rs.next()) {
				String code = rs.getString("credit_code");
				UnitStatus status = UnitStatus.valueOf(rs.getString("status"));
				UnitForm form = UnitForm.builder()
					.name(rs.getString("name"))
					.shortName(rs.getString("short_name"))
					.creditCode(code)
					.category(UnitCategory.valueOf(rs.getString("category")))
					.subType(enumOrNull(InstitutionType.class, rs, "sub_type"))
					.adminRank(AdminRank.valueOf(rs.getString("admin_rank")))
					.dualManaged(rs.getBoolean("dual_managed"))
					.address(rs.getString("address"))
					.residentialAreaId(rs.getLong("residential_area_id"))
					.gridRef(rs.getString("grid_ref"))
					.headcount(rs.getInt("headcount"))
					.contactPhone(rs.getString("contact_phone"))
					.contactEmail(rs.getString("contact_email"))
					.partyOrgKind(enumOrNull(PartyOrgKind.class, rs, "party_org_kind"))
					.partyMemberCount(rs.getInt("party_member_count"))
					.sectorCommittee(rs.getString("sector_committee"))
					.networkId(rs.getLong("network_id"))
					.coordinationMember(date(rs, "coordination_since") != null)
					.coordinationMemberSince(date(rs, "coordination_since"))
					.status(status)
					.statusDate(date(rs, "status_date"))
					.effectiveFrom(date(rs, "effective_from"))
					.version(0L)
					.build();
				assertThat(this.validator.validate(form)).as(form.name()).isEmpty();
				if (code != null) {
					assertThat(CreditCode.isValid(code)).as(code).isTrue();
				}
				assertThat(status == UnitStatus.ACTIVE).isEqualTo(rs.getObject("status_date") == null);
				checked++;
			}
		}
		assertThat(checked).isEqualTo(DatasetSize.T.units());
	}

	@Test
	void shouldGiveAgreementsActivitiesAndFulfilmentThatPassTheirForms() throws SQLException {
		List<Set<ConstraintViolation<?>>> problems = new ArrayList<>();
		try (Connection c = connect(URL); Statement s = c.createStatement()) {
			Map<Long, List<CommitmentForm>> commitments = new LinkedHashMap<>();
			try (ResultSet rs = s.executeQuery("select * from commitment order by agreement_id, sort_order")) {
				while (rs.next()) {
					commitments.computeIfAbsent(rs.getLong("agreement_id"), (k) -> new ArrayList<>())
						.add(new CommitmentForm(rs.getLong("id"), rs.getString("description"),
								(Long) rs.getObject("responsible_unit_id"),
								CooperationArea.valueOf(rs.getString("area")), rs.getBigDecimal("target_quantity"),
								rs.getString("target_unit"), rs.getBoolean("per_year"), date(rs, "due_date")));
				}
			}
			try (ResultSet rs = s.executeQuery("select a.*, array(select unit_id from agreement_party p "
					+ "where p.agreement_id = a.id order by unit_id) units, array(select area from agreement_area r "
					+ "where r.agreement_id = a.id) areas from agreement a order by id")) {
				while (rs.next()) {
					List<Long> units = List.of((Long[]) rs.getArray("units").getArray());
					Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
					for (String a : (String[]) rs.getArray("areas").getArray()) {
						areas.add(CooperationArea.valueOf(a));
					}
					List<CommitmentForm> rows = commitments.getOrDefault(rs.getLong("id"), List.of());
					problems.add(Set.copyOf(this.validator.validate(new AgreementForm(rs.getString("title"),
							AgreementLevel.valueOf(rs.getString("level")), rs.getLong("community_org_id"), units, areas,
							date(rs, "term_start"), date(rs, "term_end"), rs.getString("summary"),
							(Long) rs.getObject("parent_agreement_id"), (Long) rs.getObject("renewed_from_id"), rows,
							0L))));
					assertThat(rows).isNotEmpty();
					for (CommitmentForm row : rows) {
						if (row.responsibleUnitId() != null) {
							assertThat(units).contains(row.responsibleUnitId());
						}
					}
				}
			}
			try (ResultSet rs = s.executeQuery("select * from fulfilment order by id limit 300")) {
				while (rs.next()) {
					problems.add(Set.copyOf(this.validator.validate(new FulfilmentForm(rs.getLong("commitment_id"),
							date(rs, "happened_on"), rs.getString("description"), rs.getBigDecimal("quantity")))));
				}
			}
			try (ResultSet rs = s.executeQuery("select * from activity order by id limit 300")) {
				while (rs.next()) {
					problems.add(Set.copyOf(this.validator
						.validate(new ActivityForm(rs.getString("title"), ActivityType.valueOf(rs.getString("type")),
								rs.getString("festival_tag"), rs.getObject("start_at", LocalDateTime.class),
								rs.getObject("end_at", LocalDateTime.class), (Long) rs.getObject("position_id"),
								rs.getString("venue_text"), rs.getLong("organiser_org_id"), List.of(),
								(Long) rs.getObject("project_id"), List.of(), rs.getBoolean("public_flag"), 0L))));
				}
			}
		}
		assertThat(problems).allMatch(Set::isEmpty);
	}

	@Test
	void shouldKeepTheInvariantsOfTheServices() throws SQLException {
		try (Connection c = connect(URL)) {
			// fulfilment belongs to its commitment's agreement, is not in the future, and
			// only agreements that were approved have any
			assertThat(count(c, "select count(*) from fulfilment f join commitment m on m.id = f.commitment_id "
					+ "where m.agreement_id <> f.agreement_id"))
				.isZero();
			assertThat(count(c, "select count(*) from fulfilment where happened_on > current_date")).isZero();
			assertThat(count(c, "select count(*) from fulfilment f join agreement a on a.id = f.agreement_id "
					+ "where a.signed_on is null or f.happened_on < a.term_start"))
				.isZero();
			// statuses agree with terms; terminations carry reason and date; renewals
			// follow on
			assertThat(count(c, "select count(*) from agreement where status = 'EXPIRED' and term_end >= current_date"))
				.isZero();
			assertThat(count(c, "select count(*) from agreement where status = 'ACTIVE' and term_end < current_date"))
				.isZero();
			assertThat(count(c, "select count(*) from agreement where status = 'TERMINATED' "
					+ "and (termination_reason is null or terminated_on is null)"))
				.isZero();
			assertThat(count(c, "select count(*) from agreement where status in ('DRAFT', 'SUBMITTED') "
					+ "and signed_on is not null"))
				.isZero();
			assertThat(count(c,
					"select count(*) from agreement n join agreement o on o.id = n.renewed_from_id "
							+ "where n.term_start <> o.term_end + 1 or o.status not in ('ACTIVE', 'EXPIRED')"))
				.isZero();
			assertThat(count(c, "select count(*) from agreement where renewed_from_id is not null")).isPositive();
			assertThat(count(c, "select count(*) from agreement where status = 'TERMINATED'")).isPositive();
			// the number counters match the numbers given out
			assertThat(count(c, "select count(*) from agreement_number n where n.last_value <> (select count(*) "
					+ "from agreement a where a.number like n.prefix || '-' || n.year || '-%')"))
				.isZero();
			// partners and hours only for units; named volunteers of partner units
			assertThat(count(c,
					"select count(*) from activity_unit_hours h where not exists (select 1 from "
							+ "activity_partner p where p.activity_id = h.activity_id and p.unit_id = h.unit_id)"))
				.isZero();
			assertThat(count(c, "select count(*) from activity_volunteer v where v.unit_id is not null and not exists "
					+ "(select 1 from activity_partner p where p.activity_id = v.activity_id and p.unit_id = v.unit_id)"))
				.isZero();
			assertThat(
					count(c, "select count(*) from activity where status = 'HELD' and start_at::date > current_date"))
				.isZero();
			// automatic fulfilment exactly for held activities counting towards a
			// commitment
			assertThat(count(c,
					"select count(*) from fulfilment f where f.automatic and not exists (select 1 from "
							+ "activity_commitment ac join activity a on a.id = ac.activity_id where ac.activity_id = "
							+ "f.activity_id and ac.commitment_id = f.commitment_id and a.status = 'HELD')"))
				.isZero();
			// bookings never overlap and lie within opening hours
			assertThat(count(c,
					"select count(*) from booking a join booking b on a.position_id = b.position_id "
							+ "and a.id < b.id and a.status <> 'CANCELLED' and b.status <> 'CANCELLED' "
							+ "and tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)"))
				.isZero();
			assertThat(count(c, "select count(*) from booking b left join position_hours h on h.position_id = "
					+ "b.position_id and h.weekday = extract(isodow from b.starts_at at time zone 'Asia/Shanghai') "
					+ "where h.position_id is null or (b.starts_at at time zone 'Asia/Shanghai')::time < h.opens "
					+ "or (b.ends_at at time zone 'Asia/Shanghai')::time > h.closes"))
				.isZero();
			// the structure: six roles, areas under the residential network
			assertThat(count(c, "select count(*) from organisation where structure_role is not null")).isEqualTo(6);
			assertThat(count(c,
					"select count(*) from organisation o join organisation p on p.id = o.parent_id "
							+ "where o.type = 'RESIDENTIAL_PARTY_ORG' and p.structure_role <> 'NETWORK_RESIDENTIAL'"))
				.isZero();
			// liaisons: at most one active primary, some units without one
			assertThat(count(c, "select count(*) from resident_unit u where not exists (select 1 from liaison l "
					+ "where l.unit_id = u.id and l.is_primary and l.end_date is null)"))
				.isPositive();
		}
	}

	@Test
	void shouldGiveOrdersOfEveryStatusAndNeedsThatFollowTheirOrders() throws SQLException {
		try (Connection c = connect(URL)) {
			for (OrderStatus status : OrderStatus.values()) {
				assertThat(count(c, "select count(*) from service_order where status = '" + status + "'"))
					.as(status.name())
					.isPositive();
			}
			for (NeedStatus status : NeedStatus.values()) {
				assertThat(count(c, "select count(*) from need where status = '" + status + "'")).as(status.name())
					.isPositive();
			}
			assertThat(count(c, "select count(*) from need where direction = 'TO_UNIT'")).isPositive();
			// a need's status follows its orders (OrderFlow, OrderDelivery): 待对接 without
			// orders, 已对接 until one is accepted, 服务中 until its measure's deliveries reach
			// its quantity; a closed need has no order still under way
			assertThat(count(c, "select count(*) from need n where status = 'OPEN' "
					+ "and exists (select 1 from service_order o where o.need_id = n.id)"))
				.isZero();
			assertThat(count(c, "select count(*) from need n where status = 'MATCHED' and (not exists (select 1 from "
					+ "service_order o where o.need_id = n.id) or exists (select 1 from service_order o where o.need_id "
					+ "= n.id and o.status in ('ACCEPTED', 'DELIVERED', 'RATED')))"))
				.isZero();
			assertThat(count(c, "select count(*) from need n where status = 'IN_SERVICE' and (not exists (select 1 "
					+ "from service_order o where o.need_id = n.id and o.status in ('ACCEPTED', 'DELIVERED', 'RATED')) "
					+ "or n.quantity <= " + DELIVERED + ")"))
				.isZero();
			assertThat(count(c,
					"select count(*) from need n where status in ('MET', 'CLOSED_UNMET') and (closed_on is "
							+ "null or exists (select 1 from service_order o where o.need_id = n.id and (o.status in "
							+ "('ORDERED', 'DISPATCHED', 'DECLINED', 'ACCEPTED') or o.ordered_on > n.closed_on)))"))
				.isZero();
			assertThat(count(c, "select count(*) from need n where status = 'CLOSED_UNMET' and close_reason is null"))
				.isZero();
			// a need met by its deliveries and not by hand: delivered = its quantity
			assertThat(count(c, "select count(*) from need n where status = 'MET' and n.quantity = " + DELIVERED))
				.isPositive();
			assertThat(count(c, "select count(*) from need n where exists (select 1 from service_order o where "
					+ "o.need_id = n.id and o.ordered_on < n.created_at::date)"))
				.isZero();
			// the last history line of each need and order is its status
			assertThat(count(c, "select count(*) from need n where n.status <> (select h.to_status from need_change h "
					+ "where h.need_id = n.id order by h.changed_at desc, h.id desc limit 1)"))
				.isZero();
			assertThat(count(c, "select count(*) from service_order o where o.status <> (select h.to_status from "
					+ "service_order_change h where h.order_id = o.id order by h.changed_at desc, h.id desc limit 1)"))
				.isZero();
			assertThat(count(c, "select count(*) from service_order o where (select h.to_status from "
					+ "service_order_change h where h.order_id = o.id order by h.changed_at, h.id limit 1) <> 'ORDERED'"))
				.isZero();
			assertThat(count(c, "select count(*) from service_order where ordered_on > current_date")).isZero();
		}
	}

	/**
	 * The quantity delivered for need {@code n} in its measure, as OrderDelivery sums it.
	 */
	private static final String DELIVERED = "(select coalesce(sum(o.quantity), 0) from service_order o join "
			+ "service_resource r on r.id = o.resource_id where o.need_id = n.id and o.status in ('DELIVERED', 'RATED') "
			+ "and r.measure = n.measure)";

	@Test
	void shouldDeliverOrdersThroughHeldActivitiesWithinCapacityAndDeadlines() throws SQLException {
		try (Connection c = connect(URL); Statement s = c.createStatement()) {
			// delivered by a held activity of the provider, with its hours (all partners'
			// for
			// the community's own item); rated 1-5 after
			assertThat(count(c, "select count(*) from service_order o where o.status in ('DELIVERED', 'RATED') and "
					+ "not exists (select 1 from activity a where a.id = o.activity_id and a.status = 'HELD' and "
					+ "a.start_at::date = o.delivered_on and a.residents_served = o.people_served and o.hours = "
					+ "(select coalesce(sum(h.hours), 0) from activity_unit_hours h where h.activity_id = a.id and "
					+ "(o.provider_unit_id is null or h.unit_id = o.provider_unit_id)) and (o.provider_unit_id is null "
					+ "or exists (select 1 from activity_unit_hours h where h.activity_id = a.id and h.unit_id = "
					+ "o.provider_unit_id)))"))
				.isZero();
			assertThat(count(c, "select count(*) from service_order o where (o.status = 'RATED') <> (o.rating is not "
					+ "null) or o.rated_on < o.delivered_on or o.accepted_on > o.delivered_on"))
				.isZero();
			assertThat(count(c, "select count(*) from service_order o where (o.status in ('DELIVERED', 'RATED')) <> "
					+ "(o.activity_id is not null) or (o.status in ('ACCEPTED', 'DELIVERED', 'RATED')) <> (o.accepted_on "
					+ "is not null) or (o.status = 'ORDERED' and o.dispatched_on is not null) or (o.status in ('DISPATCHED', "
					+ "'DECLINED', 'ACCEPTED', 'DELIVERED', 'RATED') and o.dispatched_on is null)"))
				.isZero();
			// ordered only from published items, within the capacity left in the year
			assertThat(count(c, "select count(*) from service_order o join service_resource r on r.id = o.resource_id "
					+ "where not r.published"))
				.isZero();
			assertThat(count(c, "select count(*) from (select r.id from service_resource r join service_order o on "
					+ "o.resource_id = r.id where o.status in ('ORDERED', 'DISPATCHED', 'ACCEPTED', 'DELIVERED', 'RATED') "
					+ "group by r.id, r.capacity_per_year, extract(year from o.ordered_on) "
					+ "having sum(o.quantity) > r.capacity_per_year) t"))
				.isZero();
			// the deadlines of Deadlines, on China's working days
			int checked = 0;
			try (ResultSet rs = s.executeQuery("select o.*, (select max(h.changed_at) from service_order_change h "
					+ "where h.order_id = o.id and h.to_status = 'DECLINED') as declined from service_order o order by id")) {
				while (rs.next()) {
					LocalDate ordered = date(rs, "ordered_on");
					java.sql.Timestamp declinedAt = rs.getTimestamp("declined");
					LocalDate from = declinedAt == null ? ordered
							: declinedAt.toInstant().atZone(DatasetGenerator.ZONE).toLocalDate();
					assertThat(date(rs, "dispatch_due")).isEqualTo(this.workingDays.addWorkingDays(from, 3));
					assertThat(date(rs, "dispatch_red")).isEqualTo(this.workingDays.addWorkingDays(from, 6));
					LocalDate wanted = date(rs, "wanted_date");
					assertThat(date(rs, "delivery_due")).isEqualTo(wanted);
					assertThat(date(rs, "delivery_red"))
						.isEqualTo(wanted.plusDays(Math.max(1, wanted.toEpochDay() - ordered.toEpochDay())));
					LocalDate dispatched = date(rs, "dispatched_on");
					if (dispatched != null) {
						LocalDate replyBy = date(rs, "reply_by");
						assertThat(date(rs, "reply_due")).isEqualTo(replyBy);
						assertThat(date(rs, "reply_red")).isEqualTo(this.workingDays.addWorkingDays(replyBy,
								Math.max(1, this.workingDays.workingDaysBetween(dispatched, replyBy))));
					}
					checked++;
				}
			}
			assertThat(checked).isEqualTo(DatasetSize.T.orders());
		}
	}

	@Test
	void shouldLetSuggestionsAndTheDeficitWorkOnTheGeneratedData() throws Exception {
		UserDetails staff = this.users.loadUserByUsername("staff");
		try (Connection c = connect(URL);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select id from need where status in ('OPEN', 'MATCHED', 'IN_SERVICE') "
						+ "order by id limit 5")) {
			int needs = 0;
			while (rs.next()) {
				this.mvc.perform(get("/matching/needs/" + rs.getLong(1) + "/suggestions").with(user(staff)))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString("id=\"suggestion-")));
				needs++;
			}
			assertThat(needs).isEqualTo(5);
			int year = TODAY.getYear();
			long raised = count(c, "select count(*) from need where direction = 'TO_COMMUNITY' and "
					+ "extract(year from created_at at time zone 'Asia/Shanghai') = " + year);
			assertThat(raised).isPositive();
			this.mvc.perform(get("/matching/deficit.json?year=" + year).with(user(staff)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.cells[*].needs")
					.value(org.hamcrest.Matchers.hasItems(org.hamcrest.Matchers.greaterThan(0))))
				.andExpect(result -> assertThat(com.jayway.jsonpath.JsonPath
					.<List<Integer>>read(result.getResponse().getContentAsString(), "$.cells[*].needs")
					.stream()
					.mapToLong(Integer::longValue)
					.sum()).isEqualTo(raised));
			this.mvc.perform(get("/matching/deficit?year=" + year + "&quarter=1").with(user(staff)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void shouldLetTheDemoAccountsLogIn() {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(this.users);
		provider.setPasswordEncoder(this.encoder);
		for (String username : List.of("admin", "staff", "secretary", "liaison", "liaison2")) {
			Authentication auth = provider
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, Dataset.PASSWORD));
			assertThat(auth.isAuthenticated()).as(username).isTrue();
		}
	}

	@Test
	void shouldLetTheServicesReadASample() throws SQLException {
		UserDetails staff = this.users.loadUserByUsername("staff");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		try (Connection c = connect(URL)) {
			long unit = count(c, "select min(unit_id) from agreement_party");
			long agreement = count(c, "select max(agreement_id) from fulfilment where not automatic");
			long activity = count(c, "select max(activity_id) from activity_volunteer");
			assertThat(this.unitService.detail(unit).name()).isNotBlank();
			var detail = this.agreementService.detail(agreement);
			assertThat(detail.commitments()).isNotEmpty();
			assertThat(this.activityService.detail(activity)).isNotNull();
			BigDecimal delivered = BigDecimal
				.valueOf(count(c, "select count(*) from fulfilment where agreement_id = " + agreement));
			assertThat(delivered).isPositive();
		}
	}

	// ---------------------------------------------------------------- helpers

	/** An md5 per table over its columns that do not depend on the clock or a salt. */
	static Map<String, String> checksums(Connection c) throws SQLException {
		Map<String, String> sums = new LinkedHashMap<>();
		try (Statement s = c.createStatement()) {
			// timestamps render in the session's zone, which follows the JVM's default
			s.execute("set time zone 'UTC'");
		}
		Map<String, String> queries = Map.of("resident_unit", "select * from resident_unit order by id", "agreement",
				"select * from agreement order by id", "commitment", "select * from commitment order by id",
				"fulfilment", "select * from fulfilment order by id", "activity", "select * from activity order by id",
				"activity_volunteer", "select * from activity_volunteer order by activity_id, position", "liaison",
				"select * from liaison order by id", "user_account",
				"select id, username, display_name, role, scope_organisation_id, scope_unit_id from user_account order by id",
				"booking", "select * from booking order by id");
		queries = new LinkedHashMap<>(queries);
		queries.put("need",
				"select id, title, category_id, area_id, quantity, status, closed_on from need order by id");
		queries.put("service_order", "select * from service_order order by id");
		for (Map.Entry<String, String> q : new java.util.TreeMap<>(queries).entrySet()) {
			String sql = "select md5(string_agg(t::text, '|')) from (" + q.getValue() + ") t";
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
				rs.next();
				sums.put(q.getKey(), rs.getString(1));
			}
		}
		return sums;
	}

	private static long count(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static <E extends Enum<E>> E enumOrNull(Class<E> type, ResultSet rs, String column) throws SQLException {
		String value = rs.getString(column);
		return value == null ? null : Enum.valueOf(type, value);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

}
