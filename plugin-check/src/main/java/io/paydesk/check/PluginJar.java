package io.paydesk.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.SAXException;

/**
 * An app jar opened for checking: its entries (held in memory), manifest, descriptor, class files and templates,
 * and a class loader that sees the jar over the host API only. Immutable once opened.
 */
final class PluginJar {

    static final String MANIFEST = "META-INF/MANIFEST.MF";

    private final Map<String, byte[]> entries;
    private final Optional<Manifest> manifest;
    private final Optional<Descriptor> descriptor;
    private final Optional<String> descriptorError;
    private final List<ImportedPackage> imports;
    private final JarClasses classes;
    private final Map<String, ClassFile> classFiles;
    private final Map<String, String> unreadableClassFiles;
    private final List<ParsedTemplate> templates;

    private PluginJar(Map<String, byte[]> entries) throws IOException {
        this.entries = Collections.unmodifiableMap(entries);
        this.manifest = readManifest(entries.get(MANIFEST));
        Optional<Descriptor> parsed = Optional.empty();
        Optional<String> error = Optional.empty();
        try {
            parsed = readDescriptor(entries.get(Descriptor.ENTRY));
        } catch (SAXException e) {
            error = Optional.of(e.getMessage());
        }
        this.descriptor = parsed;
        this.descriptorError = error;
        this.imports = ImportPackageHeader.parse(manifestValue("Import-Package").orElse(null));
        HostApi hostApi = new HostApi(importedPackageNames(), packagesInJar());
        HostApiClassLoader host = new HostApiClassLoader(PluginJar.class.getClassLoader(), hostApi);
        this.classes = new JarClasses(new JarClassLoader(this.entries, host), host);
        this.classFiles = new LinkedHashMap<>();
        this.unreadableClassFiles = new LinkedHashMap<>();
        readClassFiles();
        VelocityParser velocity = new VelocityParser();
        this.templates = entries.keySet().stream().filter(name -> name.endsWith(".vm"))
                .map(name -> velocity.parse(name, entries.get(name))).toList();
    }

    static PluginJar open(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (!entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        entries.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return new PluginJar(entries);
    }

    /** File entries (directories left out), in jar order. */
    Set<String> entryNames() {
        return entries.keySet();
    }

    boolean contains(String entry) {
        return entries.containsKey(entry);
    }

    Optional<byte[]> bytes(String entry) {
        return Optional.ofNullable(entries.get(entry));
    }

    boolean hasManifest() {
        return manifest.isPresent();
    }

    Optional<String> manifestValue(String header) {
        return manifest.map(m -> m.getMainAttributes().getValue(header));
    }

    Optional<Descriptor> descriptor() {
        return descriptor;
    }

    /** Why {@code atlassian-plugin.xml} could not be parsed, if it could not. */
    Optional<String> descriptorError() {
        return descriptorError;
    }

    List<ImportedPackage> imports() {
        return imports;
    }

    Set<String> importedPackageNames() {
        return imports.stream().map(ImportedPackage::name).collect(Collectors.toSet());
    }

    JarClasses classes() {
        return classes;
    }

    /** Every readable class file, by entry name. */
    Map<String, ClassFile> classFiles() {
        return Collections.unmodifiableMap(classFiles);
    }

    /** Class files that could not be read, with the reason. */
    Map<String, String> unreadableClassFiles() {
        return Collections.unmodifiableMap(unreadableClassFiles);
    }

    /** Every {@code .vm} entry, parsed. */
    List<ParsedTemplate> templates() {
        return templates;
    }

    /** The packages of the jar's own entries ({@code io/paydesk/Foo.class} → {@code io.paydesk}). */
    Set<String> packagesInJar() {
        Set<String> packages = new HashSet<>();
        for (String name : entries.keySet()) {
            int slash = name.lastIndexOf('/');
            packages.add(slash < 0 ? "" : name.substring(0, slash).replace('/', '.'));
        }
        return packages;
    }

    private void readClassFiles() {
        entries.forEach((name, bytes) -> {
            if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                try {
                    classFiles.put(name, ClassFile.read(bytes));
                } catch (IOException e) {
                    unreadableClassFiles.put(name, e.getMessage());
                }
            }
        });
    }

    private static Optional<Manifest> readManifest(byte[] bytes) throws IOException {
        return bytes == null ? Optional.empty() : Optional.of(new Manifest(new ByteArrayInputStream(bytes)));
    }

    private static Optional<Descriptor> readDescriptor(byte[] bytes) throws IOException, SAXException {
        return bytes == null ? Optional.empty() : Optional.of(new Descriptor(XmlDocuments.parse(bytes)));
    }
}
