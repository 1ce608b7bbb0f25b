package org.lianjian.shared.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A running embedded PostgreSQL set up for the portal: where to connect, as the portal's
 * role, with its password. Closing it stops PostgreSQL; the portal closes it after its
 * connection pool (see {@link EmbeddedDatabaseConfiguration}).
 */
public final class EmbeddedDatabase implements Closeable {

	private final EmbeddedPostgres postgres;

	private final EmbeddedCredentials credentials;

	private final Path dataDirectory;

	EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedCredentials credentials, Path dataDirectory) {
		this.postgres = postgres;
		this.credentials = credentials;
		this.dataDirectory = dataDirectory;
	}

	public int port() {
		return this.postgres.getPort();
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	/** JDBC URL of the portal's database, without credentials. */
	public String jdbcUrl() {
		return jdbcUrl(EmbeddedCredentials.PORTAL_DATABASE);
	}

	/**
	 * JDBC URL of a database of this cluster, without credentials.
	 * @param database the database's name
	 * @return the URL
	 */
	public String jdbcUrl(String database) {
		return "jdbc:postgresql://localhost:" + port() + "/" + database;
	}

	/** The portal's role: not a superuser, owner of the portal's database. */
	public String username() {
		return EmbeddedCredentials.PORTAL_ROLE;
	}

	public String password() {
		return this.credentials.portalPassword();
	}

	/** The cluster's passwords, for tools and tests that need the superuser. */
	public EmbeddedCredentials credentials() {
		return this.credentials;
	}

	/** Stops PostgreSQL (a fast shutdown), and waits for it. */
	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
