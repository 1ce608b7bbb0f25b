package org.lianjian.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements sent to PostgreSQL, at the {@link DataSource}: Hibernate's
 * queries and the JDBC list queries ({@code JdbcTemplate},
 * {@code NamedParameterJdbcTemplate}) alike. Every test context wraps its data source
 * with it (it is a test component, so the shared context stays one context); a test
 * counts what one piece of work executes on its own thread:
 *
 * <pre>
 * long n = statements.during(() -&gt; mvc.perform(get("/units")));
 * </pre>
 *
 * Each {@code execute…} call of a statement counts once (a batch counts once). Other
 * threads (scheduled jobs, other requests) are not counted, and nothing is counted
 * outside {@link #during}.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<long[]> COUNTING = new ThreadLocal<>();

	/** Work whose statements are counted. */
	@FunctionalInterface
	public interface Work {

		void run() throws Exception;

	}

	/**
	 * Runs the work on this thread and answers how many statements it executed.
	 * @param work what to count, such as one MockMvc request
	 * @return the number of statements executed
	 * @throws Exception what the work throws
	 */
	public long during(Work work) throws Exception {
		long[] outer = COUNTING.get();
		long[] count = new long[1];
		COUNTING.set(count);
		try {
			work.run();
		}
		finally {
			if (outer != null) {
				outer[0] += count[0];
				COUNTING.set(outer);
			}
			else {
				COUNTING.remove();
			}
		}
		return count[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
			return new CountingDataSource(dataSource);
		}
		return bean;
	}

	/** The data source as the portal sees it in tests: connections that count. */
	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(obtainTargetDataSource().getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(obtainTargetDataSource().getConnection(username, password));
		}

		private static Connection counting(Connection target) {
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { ConnectionProxy.class }, new ConnectionHandler(target));
		}

	}

	/** Hands out statements that count their executions. */
	private record ConnectionHandler(Connection target) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "getTargetConnection":
					return this.target;
				default:
			}
			Object result = call(this.target, method, args);
			Class<?> type = method.getReturnType();
			if (result instanceof Statement statement && (type == Statement.class || type == PreparedStatement.class
					|| type == CallableStatement.class)) {
				return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type },
						new StatementHandler(statement, (Connection) proxy));
			}
			return result;
		}

	}

	/** Counts each execute… call on the thread that is counting. */
	private record StatementHandler(Statement target, Connection connection) implements InvocationHandler {

		@Override
		public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
			switch (method.getName()) {
				case "equals":
					return proxy == args[0];
				case "hashCode":
					return System.identityHashCode(proxy);
				case "getConnection":
					return this.connection;
				default:
			}
			if (method.getName().startsWith("execute")) {
				long[] count = COUNTING.get();
				if (count != null) {
					count[0]++;
				}
			}
			return call(this.target, method, args);
		}

	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
