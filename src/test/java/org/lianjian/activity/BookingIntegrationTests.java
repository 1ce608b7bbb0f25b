package org.lianjian.activity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Booking positions: the exclusion constraint refuses overlaps (also under a race),
 * adjacent slots are fine, opening hours are enforced, cancelling frees the slot.
 */
@WebIntegrationTest
class BookingIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	/** A Monday far enough ahead that no demo booking is near it. */
	private static final LocalDate MONDAY = LocalDate.now().plusYears(3).with(DayOfWeek.MONDAY);

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	PositionService positions;

	@Autowired
	BookingRepository bookingRepository;

	@Autowired
	StructureService structure;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void signIn(String username) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private <T> T as(String username, Supplier<T> action) {
		signIn(username);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** A new position open Monday to Friday 09:00–17:00. */
	Long newPosition() {
		List<String> opens = new ArrayList<>();
		List<String> closes = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			opens.add(d <= 5 ? "09:00" : "");
			closes.add(d <= 5 ? "17:00" : "");
		}
		Long core = this.structure.holderOf(StructureRole.CORE).orElseThrow();
		PositionForm form = new PositionForm(PositionCategory.RESIDENT_ROOM,
				"测试活动室" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet(), "测试路1号", 30, null, core, null, null,
				opens, closes, 0);
		return as("staff", () -> this.positions.create(form));
	}

	private static BookingForm slot(LocalDate day, int fromHour, int toHour, String purpose) {
		return new BookingForm(day, LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0), purpose, null);
	}

	@Test
	void shouldLetExactlyOneOfTwoRacingBookingsWin() throws Exception {
		Long id = newPosition();
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Object>> results = new ArrayList<>();
			for (String who : List.of("liaison", "secretary")) {
				results.add(pool.submit(() -> {
					signIn(who);
					try {
						ready.countDown();
						go.await(10, TimeUnit.SECONDS);
						return this.positions.book(id, slot(MONDAY, 10, 11, "抢订-" + who));
					}
					catch (RuleViolationException ex) {
						return ex;
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			ready.await(10, TimeUnit.SECONDS);
			go.countDown();
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> f : results) {
				outcomes.add(f.get(30, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
			assertThat(outcomes).filteredOn(RuleViolationException.class::isInstance).singleElement().satisfies((o) -> {
				RuleViolationException ex = (RuleViolationException) o;
				assertThat(ex.getCode()).isEqualTo("booking.conflict");
				assertThat(ex.getField()).isEqualTo("startsAt");
				assertThat(ex.getArgs()[0].toString()).contains(MONDAY.toString()).contains("10:00–11:00");
				assertThat(ex.getArgs()[1].toString()).startsWith("抢订-");
			});
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldRefuseOverlapAndAllowAdjacent() {
		Long id = newPosition();
		as("staff", () -> this.positions.book(id, slot(MONDAY, 10, 11, "党课")));
		assertThatThrownBy(() -> as("liaison",
				() -> this.positions.book(id,
						new BookingForm(MONDAY, LocalTime.of(10, 30), LocalTime.of(11, 30), "志愿服务", null))))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.getCode()).isEqualTo("booking.conflict");
				assertThat(ex.getArgs()).contains("党课");
			});
		Long adjacent = as("liaison", () -> this.positions.book(id, slot(MONDAY, 11, 12, "志愿服务")));
		assertThat(adjacent).isNotNull();
	}

	@Test
	void shouldRefuseBookingOutsideOpeningHours() {
		Long id = newPosition();
		assertThatThrownBy(() -> as("liaison", () -> this.positions.book(id, slot(MONDAY, 16, 18, "晚间活动"))))
			.isInstanceOfSatisfying(RuleViolationException.class, (ex) -> {
				assertThat(ex.getCode()).isEqualTo("booking.outsideHours");
				assertThat(ex.getField()).isEqualTo("startsAt");
			});
		assertThatThrownBy(() -> as("liaison", () -> this.positions.book(id, slot(MONDAY.plusDays(6), 10, 11, "周日"))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("booking.closedDay"));
	}

	@Test
	void shouldFreeSlotWhenCancelled() {
		Long id = newPosition();
		Long first = as("liaison", () -> this.positions.book(id, slot(MONDAY, 14, 15, "联组学习")));
		as("liaison", () -> this.positions.cancel(first));
		Long second = as("secretary", () -> this.positions.book(id, slot(MONDAY, 14, 15, "议题共商")));
		assertThat(second).isNotEqualTo(first);
		assertThat(this.bookingRepository.findById(first).orElseThrow().getStatus()).isEqualTo(BookingStatus.CANCELLED);
	}

	@Test
	void shouldShowConflictMessageNextToFieldOnTheForm() throws Exception {
		Long id = newPosition();
		as("staff", () -> this.positions.book(id, slot(MONDAY, 9, 10, "先到的预约")));
		this.mvc
			.perform(post("/positions/{id}/book", id).with(this.users.as("liaison"))
				.with(csrf())
				.param("day", MONDAY.toString())
				.param("startsAt", "09:30")
				.param("endsAt", "10:30")
				.param("purpose", "后到的预约"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("先到的预约")))
			.andExpect(content().string(containsString("startsAt-error")))
			.andExpect(content().string(containsString("后到的预约")));
		this.mvc
			.perform(post("/positions/{id}/book", id).with(this.users.as("liaison"))
				.with(csrf())
				.param("day", MONDAY.toString())
				.param("startsAt", "07:00")
				.param("endsAt", "08:00")
				.param("purpose", "太早"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超出开放时间")));
		this.mvc
			.perform(post("/positions/{id}/book", id).with(this.users.as("liaison"))
				.with(csrf())
				.param("day", MONDAY.toString())
				.param("startsAt", "12:00")
				.param("endsAt", "13:00")
				.param("purpose", "未知活动")
				.param("activityId", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("activityId-error")));
		// a day that has passed cannot be booked (it would not show on any week ahead)
		this.mvc
			.perform(post("/positions/{id}/book", id).with(this.users.as("liaison"))
				.with(csrf())
				.param("day", MONDAY.minusYears(4).with(DayOfWeek.MONDAY).toString())
				.param("startsAt", "10:00")
				.param("endsAt", "11:00")
				.param("purpose", "过去的预约"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("day-error")))
			.andExpect(content().string(containsString("这个时段已经过去")));
		assertThat(this.jdbc.queryForObject("select count(*) from booking where purpose = '过去的预约'", Integer.class))
			.isZero();
		this.mvc.perform(get("/positions/{id}/book", id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"activityId\"")));
		this.mvc.perform(get("/positions/{id}", id).param("from", MONDAY.toString()).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("先到的预约")));
	}

	@Test
	void shouldLetOnlyBookerOrStaffCancel() throws Exception {
		Long id = newPosition();
		Long booking = as("liaison", () -> this.positions.book(id, slot(MONDAY, 15, 16, "只有本人能取消")));
		this.mvc.perform(post("/positions/bookings/{b}/cancel", booking).with(this.users.as("liaison2")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/positions/bookings/{b}/cancel", booking).with(this.users.as("staff")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.bookingRepository.findById(booking).orElseThrow().getStatus())
			.isEqualTo(BookingStatus.CANCELLED);
	}

}
