package org.lianjian.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.lianjian.activity.BookingForm;
import org.lianjian.activity.PositionCategory;
import org.lianjian.activity.PositionForm;
import org.lianjian.activity.PositionService;
import org.lianjian.agreement.AgreementFilter;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.AgreementStatus;
import org.lianjian.agreement.AgreementViews;
import org.lianjian.shared.web.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo positions (the five community venues), four bases offered by demo units, and a
 * dozen bookings over this week and the next.
 */
@Component
class PositionDemoData {

	private static final Logger log = LoggerFactory.getLogger(PositionDemoData.class);

	private static final String[] BOOKERS = { "staff", "secretary", "liaison", "liaison2" };

	private static final String[] PURPOSES = { "党员志愿者例会", "社区合唱团排练", "健康讲座", "联组学习", "议题共商会", "老年智能手机课堂", "青少年科普课",
			"楼组长培训", "书法兴趣班", "就业政策宣讲" };

	/**
	 * A kind of base, and the kinds of unit that offer one, the most fitting first: a
	 * training base for elderly carers is at a (rehabilitation) hospital, a science base
	 * at a research institute or a university.
	 */
	private record Base(PositionCategory category, String name, DemoUnitKind... hosts) {
	}

	private static final Base[] BASES = {
			new Base(PositionCategory.SCIENCE_BASE, "科普教育基地", DemoUnitKind.RESEARCH_INSTITUTE, DemoUnitKind.UNIVERSITY),
			new Base(PositionCategory.HEALTH_EDUCATION_BASE, "健康教育活动基地", DemoUnitKind.COMMUNITY_HEALTH_CENTRE,
					DemoUnitKind.HOSPITAL),
			new Base(PositionCategory.ELDERLY_CARE_TRAINING_BASE, "为老护工培训轮训基地", DemoUnitKind.REHABILITATION_HOSPITAL,
					DemoUnitKind.HOSPITAL),
			new Base(PositionCategory.EMPLOYMENT_BASE, "促进就业基地", DemoUnitKind.GROUP_COMPANY, DemoUnitKind.COMPANY) };

	private final PositionService positions;

	private final AgreementService agreements;

	private final UserDetailsService userDetails;

	private final Clock clock;

	PositionDemoData(PositionService positions, AgreementService agreements, UserDetailsService userDetails,
			Clock clock) {
		this.clock = clock;
		this.positions = positions;
		this.agreements = agreements;
		this.userDetails = userDetails;
	}

	/**
	 * Generates positions, bases and bookings. Needs an authenticated context with staff
	 * rights (the demo loader's); bookings are made as the demo accounts.
	 * @param units the demo units
	 * @param areaIds the residential-area organisations
	 * @param coreId the sub-district working committee
	 * @param random the generator's seeded random
	 */
	void generate(List<DemoUnit> units, List<Long> areaIds, Long coreId, Random random) {
		List<Long> created = new ArrayList<>();
		created.add(position(PositionCategory.PARTY_SERVICE_CENTRE, "曲阳街道党员服务中心", "曲阳路 800 号", 120, coreId, null, null,
				"09:00", "17:00", true));
		created.add(position(PositionCategory.CULTURE_CENTRE, "曲阳社区文化活动中心", "玉田路 350 号", 300, coreId, null, null,
				"08:30", "20:30", true));
		created.add(position(PositionCategory.HEALTH_CENTRE, "曲阳社区卫生服务中心健康小屋", "政立路 585 号", 40, coreId, null, null,
				"08:00", "16:30", false));
		created.add(position(PositionCategory.COMMUNITY_SCHOOL, "曲阳社区学校", "赤峰路 210 号", 80, coreId, null, null, "09:00",
				"21:00", true));
		Long area = areaIds.isEmpty() ? coreId : areaIds.get(0);
		created.add(position(PositionCategory.RESIDENT_ROOM, "玉田新村居民活动室", "玉田新村 12 号", 30, area, null, null, "09:00",
				"17:00", true));
		for (int i = 0; i < BASES.length; i++) {
			Base base = BASES[i];
			DemoUnit unit = pick(units, base.hosts());
			if (unit == null) {
				continue;
			}
			created.add(position(base.category(), unit.shortName() + base.name(), null, 20 + 10 * i, null, unit.id(),
					activeAgreementOf(unit.id()), "09:00", "16:00", false));
		}
		int booked = book(created.subList(0, Math.min(5, created.size())), random);
		log.info("Demo positions: {} positions and bases, {} bookings", created.size(), booked);
	}

	private Long position(PositionCategory category, String name, String address, int capacity, Long org, Long unit,
			Long agreementId, String opens, String closes, boolean saturday) {
		List<String> o = new ArrayList<>();
		List<String> c = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			boolean open = d <= 5 || (d == 6 && saturday);
			o.add(open ? opens : "");
			c.add(open ? closes : "");
		}
		return this.positions
			.create(new PositionForm(category, name, address, capacity, null, org, unit, agreementId, o, c, 0));
	}

	private static @Nullable DemoUnit pick(List<DemoUnit> units, DemoUnitKind... kinds) {
		for (DemoUnitKind kind : kinds) {
			for (DemoUnit unit : units) {
				if (unit.kind() == kind) {
					return unit;
				}
			}
		}
		return null;
	}

	private Long activeAgreementOf(Long unitId) {
		AgreementFilter filter = new AgreementFilter(null, AgreementStatus.ACTIVE, null, null, unitId, null, null, null,
				null);
		List<AgreementViews.Summary> found = this.agreements.search(filter).content();
		return found.isEmpty() ? null : found.get(0).id();
	}

	private int book(List<Long> ids, Random random) {
		Authentication previous = SecurityContextHolder.getContext().getAuthentication();
		LocalDate monday = LocalDate.now(this.clock).with(DayOfWeek.MONDAY);
		int booked = 0;
		java.util.Set<String> taken = new java.util.HashSet<>();
		try {
			for (int i = 0; i < 12; i++) {
				String who = BOOKERS[random.nextInt(BOOKERS.length)];
				UserDetails user;
				try {
					user = this.userDetails.loadUserByUsername(who);
				}
				catch (UsernameNotFoundException ex) {
					continue;
				}
				SecurityContextHolder.getContext()
					.setAuthentication(
							UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
				LocalDate day = monday.plusDays(random.nextInt(12) % 5 + (random.nextBoolean() ? 7 : 0));
				if (day.isBefore(LocalDate.now(this.clock))) {
					// a booking is for today or later: the past days of this week move on
					day = day.plusWeeks(1);
				}
				int hour = 9 + random.nextInt(6);
				int end = hour + 1 + random.nextInt(2);
				BookingForm form = new BookingForm(day, LocalTime.of(hour, 0), LocalTime.of(end, 0),
						PURPOSES[random.nextInt(PURPOSES.length)], null);
				Long position = ids.get(random.nextInt(ids.size()));
				// never let the database refuse an overlap here: inside the demo loader's
				// transaction that would abort everything generated so far
				boolean free = true;
				for (int h = hour; h < end; h++) {
					free &= taken.add(position + "|" + day + "|" + h);
				}
				if (!free) {
					continue;
				}
				try {
					this.positions.book(position, form);
					booked++;
				}
				catch (RuleViolationException ex) {
					// slot taken or outside hours: demo data just skips it
				}
			}
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
		return booked;
	}

}
