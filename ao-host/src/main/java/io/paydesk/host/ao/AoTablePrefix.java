package io.paydesk.host.ao;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import net.java.ao.atlassian.TablePrefix;

/**
 * The table-name prefix Jira's Active Objects plugin gives an app: {@code AO_} + six hex digits of the
 * MD5 of the {@code <ao namespace>} (or of the plugin key when no namespace is set) + {@code _}.
 * The six digits are the last six of the 32-digit lower-case hex digest, as the plugin's MD5 digester
 * cuts them.
 */
public final class AoTablePrefix implements TablePrefix {

    private final String prefix;

    public AoTablePrefix(String namespace) {
        this.prefix = "AO_" + hash(namespace).toUpperCase(java.util.Locale.ROOT) + "_";
    }

    static String hash(String namespace) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = String.format("%032x", new BigInteger(1, md5));
            return hex.substring(hex.length() - 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has MD5", e);
        }
    }

    public String value() {
        return prefix;
    }

    @Override
    public String prepend(String name) {
        return prefix + name;
    }
}
