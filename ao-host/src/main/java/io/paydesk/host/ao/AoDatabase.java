package io.paydesk.host.ao;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Where the Active Objects tables live: an embedded HSQLDB (in memory or in a file) or a PostgreSQL
 * server. Chosen with the same system properties as Atlassian's {@code activeobjects-test} harness:
 * {@code ao.test.database=hsql|postgres} and {@code db.url}, {@code db.username}, {@code db.password},
 * {@code db.schema}. HSQLDB runs in MVCC mode ({@code hsqldb.tx=mvcc}): with its default locking mode, Active
 * Objects' HSQLDB provider can deadlock when two transactions insert into one table at once, which the sandbox
 * does when it serves requests in parallel.
 */
public record AoDatabase(Kind kind, String url, String username, String password, String schema) {

    public enum Kind { HSQL, POSTGRES }

    public AoDatabase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(url, "url");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        schema = schema == null || schema.isBlank() ? null : schema;
    }

    /** A private in-memory HSQLDB, gone when the JVM exits. */
    public static AoDatabase inMemory() {
        return new AoDatabase(Kind.HSQL, "jdbc:hsqldb:mem:ao_" + UUID.randomUUID().toString().replace("-", "") + ";hsqldb.tx=mvcc",
                "sa", "", null);
    }

    /** An HSQLDB kept in files under the given path prefix, e.g. {@code target/sandbox/db/paydesk}. */
    public static AoDatabase file(String pathPrefix) {
        return new AoDatabase(Kind.HSQL, "jdbc:hsqldb:file:" + pathPrefix + ";shutdown=true;hsqldb.tx=mvcc", "sa", "", null);
    }

    /**
     * The database the tests were asked for. PostgreSQL gets a fresh schema per call so test classes do not
     * see each other's rows.
     */
    public static AoDatabase fromSystemProperties() {
        String kind = System.getProperty("ao.test.database", "hsql").trim().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "", "hsql", "hsqldb" -> inMemory();
            case "postgres", "postgresql" -> new AoDatabase(Kind.POSTGRES,
                    property("db.url", "jdbc:postgresql://127.0.0.1:5432/paydesk"),
                    property("db.username", "paydesk"),
                    property("db.password", "paydesk"),
                    "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            default -> throw new IllegalArgumentException(
                    "ao.test.database must be hsql or postgres, not '" + kind + "'");
        };
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
