package org.lianjian.report;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * For the benchmark: a DataSource that notes every prepared statement a query sends, with
 * the values bound to it, so that the same SQL can be replayed on a plain connection and
 * timed on its own. Recording is on between {@link #start()} and {@link #stop()} on the
 * calling thread.
 */
final class RecordingDataSource {

	private static final ThreadLocal<List<Statement>> RECORDED = new ThreadLocal<>();

	private RecordingDataSource() {
	}

	static DataSource wrap(DataSource target) {
		return proxy(DataSource.class, target, (method, args, result) -> (result instanceof Connection con)
				? proxy(Connection.class, con, RecordingDataSource::onConnection) : result);
	}

	static void start() {
		RECORDED.set(new ArrayList<>());
	}

	static List<Statement> stop() {
		List<Statement> statements = RECORDED.get();
		RECORDED.remove();
		return statements;
	}

	private static Object onConnection(Method method, Object[] args, Object result) {
		if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement ps
				&& RECORDED.get() != null) {
			Statement statement = new Statement((String) args[0], new ArrayList<>());
			RECORDED.get().add(statement);
			return proxy(PreparedStatement.class, ps, (m, a, r) -> {
				if (m.getName().startsWith("set") && a != null && a.length >= 2 && a[0] instanceof Integer) {
					statement.bindings().add(new Binding(m, a));
				}
				return r;
			});
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(RecordingDataSource.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	@FunctionalInterface
	private interface After {

		Object apply(Method method, Object[] args, Object result) throws Throwable;

	}

	record Binding(Method setter, Object[] args) {
	}

	/**
	 * One statement as sent.
	 *
	 * @param sql the SQL with its placeholders
	 * @param bindings the values bound, in order
	 */
	record Statement(String sql, List<Binding> bindings) {

		/** Runs it again and reads every column of every row, as a mapper would. */
		void replay(Connection con) throws SQLException {
			try (PreparedStatement ps = con.prepareStatement(this.sql)) {
				for (Binding b : this.bindings) {
					try {
						b.setter().invoke(ps, b.args());
					}
					catch (ReflectiveOperationException ex) {
						throw new SQLException(ex);
					}
				}
				try (ResultSet rs = ps.executeQuery()) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int i = 1; i <= columns; i++) {
							rs.getObject(i);
						}
					}
				}
			}
		}

	}

}
