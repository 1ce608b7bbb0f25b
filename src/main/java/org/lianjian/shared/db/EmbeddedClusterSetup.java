package org.lianjian.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.lianjian.shared.db.EmbeddedCredentials.PORTAL_DATABASE;
import static org.lianjian.shared.db.EmbeddedCredentials.PORTAL_ROLE;
import static org.lianjian.shared.db.EmbeddedCredentials.SUPERUSER;

/**
 * Makes an embedded cluster what the portal expects, at every start, as the superuser:
 * passwords as in the password file, the role {@code lianjian} (login, no superuser, no
 * other privileges) owning the database {@code lianjian} and everything in its schema,
 * and a {@code pg_hba.conf} that accepts nothing but {@code scram-sha-256} over the
 * loopback interface. The one extension the migrations create, {@code btree_gist} (V40),
 * is a trusted extension, which the database's owner may create itself.
 *
 * <p>
 * A cluster from a version without passwords holds the portal's tables in the database
 * {@code postgres}, owned by the superuser, and trusts every local connection: its
 * database is renamed to {@code lianjian} (a new, empty {@code postgres} takes its
 * place), and the ownership of its tables, sequences, views, functions and types passes
 * to the portal's role. Every step is idempotent, so a start that was interrupted
 * half-way finishes the job at the next one.
 */
final class EmbeddedClusterSetup {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedClusterSetup.class);

	/** Written over pg_hba.conf at every start: passwords only, loopback only. */
	static final String PG_HBA = """
			# Written by the Lianjian portal at every start of its embedded PostgreSQL:
			# password (scram-sha-256) connections only, over the loopback interface or the
			# local socket. There is no trust line: edits to this file are overwritten.
			# TYPE  DATABASE  USER  ADDRESS       METHOD
			local   all       all                 scram-sha-256
			host    all       all   127.0.0.1/32  scram-sha-256
			host    all       all   ::1/128       scram-sha-256
			""";

	private static final String REASSIGN = """
			do $$
			declare
			  r record;
			  portal oid := '%1$s'::regrole;
			begin
			  for r in
			    select c.oid::regclass as name, case c.relkind when 'v' then 'view'
			           when 'm' then 'materialized view' when 'S' then 'sequence'
			           when 'f' then 'foreign table' else 'table' end as kind
			    from pg_class c
			    where c.relnamespace = 'public'::regnamespace and c.relowner <> portal
			      and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
			      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
			                      and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
			  loop
			    execute format('alter %%s %%s owner to %1$s', r.kind, r.name);
			  end loop;
			  for r in
			    select p.oid::regprocedure as name from pg_proc p
			    where p.pronamespace = 'public'::regnamespace and p.proowner <> portal
			      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
			                      and d.objid = p.oid and d.deptype = 'e')
			  loop
			    execute format('alter routine %%s owner to %1$s', r.name);
			  end loop;
			  for r in
			    select t.oid::regtype as name from pg_type t
			    where t.typnamespace = 'public'::regnamespace and t.typowner <> portal
			      and t.typtype in ('e', 'd', 'r', 'm', 'c') and t.typrelid = 0
			      and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
			                      and d.objid = t.oid and d.deptype = 'e')
			  loop
			    execute format('alter type %%s owner to %1$s', r.name);
			  end loop;
			  if (select nspowner from pg_namespace where nspname = 'public') = '%2$s'::regrole::oid then
			    execute 'alter schema public owner to %1$s';
			  end if;
			end $$""";

	private EmbeddedClusterSetup() {
	}

	/**
	 * Overwrites the cluster's pg_hba.conf with {@link #PG_HBA}.
	 * @param dataDirectory the cluster's data directory
	 * @return whether the file changed
	 */
	static boolean writePgHba(Path dataDirectory) {
		Path file = dataDirectory.resolve("pg_hba.conf");
		try {
			if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(PG_HBA)) {
				return false;
			}
			Files.writeString(file, PG_HBA, StandardCharsets.UTF_8);
			return true;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Brings roles, database, extensions and ownership in line, as the superuser.
	 * @param port the server's port
	 * @param credentials the cluster's passwords
	 * @throws SQLException when the server refuses
	 */
	static void prepare(int port, EmbeddedCredentials credentials) throws SQLException {
		try (Connection c = superuser(port, "template1", credentials); Statement s = c.createStatement()) {
			s.execute("alter role " + SUPERUSER + " password '" + credentials.superuserPassword() + "'");
			String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
					+ credentials.portalPassword() + "'";
			s.execute((exists(s, "select 1 from pg_roles where rolname = '" + PORTAL_ROLE + "'") ? "alter" : "create")
					+ " role " + PORTAL_ROLE + attributes);
			if (!exists(s, "select 1 from pg_database where datname = '" + PORTAL_DATABASE + "'")) {
				if (holdsPortalTables(port, credentials)) {
					log.warn(
							"Upgrading the embedded database: moving the portal's tables from the superuser's "
									+ "database 'postgres' to the database '{}' owned by the role '{}'",
							PORTAL_DATABASE, PORTAL_ROLE);
					s.execute("alter database postgres rename to " + PORTAL_DATABASE);
					s.execute("create database postgres");
				}
				else {
					s.execute("create database " + PORTAL_DATABASE + " owner " + PORTAL_ROLE);
				}
			}
			s.execute("alter database " + PORTAL_DATABASE + " owner to " + PORTAL_ROLE);
		}
		try (Connection c = superuser(port, PORTAL_DATABASE, credentials); Statement s = c.createStatement()) {
			s.execute(REASSIGN.formatted(PORTAL_ROLE, SUPERUSER));
		}
	}

	/**
	 * Makes the running server read pg_hba.conf again.
	 * @param port the server's port
	 * @param credentials the cluster's passwords
	 * @throws SQLException when the server refuses
	 */
	static void reloadConfiguration(int port, EmbeddedCredentials credentials) throws SQLException {
		try (Connection c = superuser(port, "postgres", credentials); Statement s = c.createStatement()) {
			s.execute("select pg_reload_conf()");
		}
	}

	/** Whether the superuser's database holds the tables of an earlier portal version. */
	private static boolean holdsPortalTables(int port, EmbeddedCredentials credentials) throws SQLException {
		try (Connection c = superuser(port, "postgres", credentials); Statement s = c.createStatement()) {
			return exists(s, "select 1 from pg_class where relname = 'flyway_schema_history'"
					+ " and relnamespace = 'public'::regnamespace");
		}
	}

	private static boolean exists(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			return rs.next();
		}
	}

	private static Connection superuser(int port, String database, EmbeddedCredentials credentials)
			throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, SUPERUSER,
				credentials.superuserPassword());
	}

}
