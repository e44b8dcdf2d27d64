package io.paydesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A copy of a jar, held in memory, to break one thing in and write out again. */
final class JarCopy {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    private JarCopy() {
    }

    static JarCopy of(Path jar) throws IOException {
        JarCopy copy = new JarCopy();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        copy.entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return copy;
    }

    JarCopy remove(String entry) {
        assertThat(entries).as("the jar to break").containsKey(entry);
        entries.remove(entry);
        return this;
    }

    JarCopy put(String entry, byte[] bytes) {
        entries.put(entry, bytes);
        return this;
    }

    String text(String entry) {
        assertThat(entries).as("the jar to break").containsKey(entry);
        return new String(entries.get(entry), StandardCharsets.UTF_8);
    }

    /** Replaces text in an entry; fails if the text is not there (the app changed: update the test). */
    JarCopy replace(String entry, String target, String replacement) {
        String text = text(entry);
        assertThat(text).as(entry).contains(target);
        entries.put(entry, text.replace(target, replacement).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Rewrites one main manifest header; the edit must change it. */
    JarCopy editManifestHeader(String header, UnaryOperator<String> edit) throws IOException {
        Manifest manifest = new Manifest(new ByteArrayInputStream(entries.get(MANIFEST)));
        String before = manifest.getMainAttributes().getValue(header);
        String after = edit.apply(before);
        assertThat(after).as(header + " after the edit").isNotEqualTo(before);
        manifest.getMainAttributes().putValue(header, after);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        manifest.write(out);
        entries.put(MANIFEST, out.toByteArray());
        return this;
    }

    Path writeTo(Path jar) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            if (entries.containsKey(MANIFEST)) {
                write(zip, MANIFEST, entries.get(MANIFEST));
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                if (!entry.getKey().equals(MANIFEST)) {
                    write(zip, entry.getKey(), entry.getValue());
                }
            }
        }
        return jar;
    }

    private static void write(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
