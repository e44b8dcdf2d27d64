package io.paydesk.build.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScannerIndexProcessorTest {

    private static final Map<String, String> ANNOTATIONS = Map.of(
            "jakarta.inject.Named", """
                    package jakarta.inject;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface Named { String value() default ""; }
                    """,
            "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport", """
                    package com.atlassian.plugin.spring.scanner.annotation.imports;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface ComponentImport { String value() default ""; }
                    """,
            "com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport", """
                    package com.atlassian.plugin.spring.scanner.annotation.imports;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface JiraImport { String value() default ""; }
                    """,
            "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService", """
                    package com.atlassian.plugin.spring.scanner.annotation.export;
                    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                    public @interface ExportAsService { Class<?>[] value() default {}; }
                    """,
            "host.HostService", "package host; public interface HostService<T> {}",
            "host.IssueLookup", "package host; public interface IssueLookup {}");

    @TempDir
    Path out;

    @Test
    void indexesComponentsImportsAndExportsInTheScannerRuntimeFormat() throws IOException {
        Result result = compile(Map.of(
                "app.Directory", "package app; public interface Directory {}",
                "app.AoDirectory", """
                        package app;
                        import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
                        import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
                        @jakarta.inject.Named
                        @ExportAsService(Directory.class)
                        public class AoDirectory implements Directory {
                            public AoDirectory(@ComponentImport host.HostService<String> service,
                                               @com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport
                                               host.IssueLookup issues) {}
                        }
                        """,
                "app.Named", """
                        package app;
                        @jakarta.inject.Named("panelModel")
                        public class Named {
                            public Named(@jakarta.inject.Named("qualifier") String notAComponent) {}
                        }
                        """));

        assertThat(result.errors()).isEmpty();
        assertThat(read("META-INF/plugin-components/component"))
                .containsExactly("app.AoDirectory", "app.Named#panelModel");
        assertThat(read("META-INF/plugin-components/imports")).containsExactly("host.HostService");
        assertThat(read("META-INF/plugin-components/imports-jira")).containsExactly("host.IssueLookup");
        assertThat(read("META-INF/plugin-components/exports")).containsExactly("app.AoDirectory#app.Directory");
    }

    @Test
    void refusesAnImportOnAClassTheRuntimeWouldNeverInstantiate() throws IOException {
        Result result = compile(Map.of("app.Orphan", """
                package app;
                public class Orphan {
                    public Orphan(@com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport
                                  host.IssueLookup issues) {}
                }
                """));

        assertThat(result.errors()).singleElement().asString()
                .contains("app.Orphan is not a component (@Named)");
    }

    @Test
    void writesAnEmptyExportsFileWhenNothingIsExported() throws IOException {
        Result result = compile(Map.of("app.Panel", "package app; @jakarta.inject.Named public class Panel {}"));

        assertThat(result.errors()).isEmpty();
        assertThat(read("META-INF/plugin-components/component")).containsExactly("app.Panel");
        assertThat(read("META-INF/plugin-components/imports")).isEmpty();
        assertThat(read("META-INF/plugin-components/exports")).isEmpty();
    }

    @Test
    void writesNoIndexWhenNothingIsAnnotated() throws IOException {
        Result result = compile(Map.of("app.Plain", "package app; public class Plain {}"));

        assertThat(result.errors()).isEmpty();
        assertThat(out.resolve("META-INF/plugin-components")).doesNotExist();
    }

    private List<String> read(String path) throws IOException {
        return Files.readAllLines(out.resolve(path), StandardCharsets.UTF_8);
    }

    private Result compile(Map<String, String> sources) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        ANNOTATIONS.forEach((name, code) -> units.add(source(name, code)));
        sources.forEach((name, code) -> units.add(source(name, code)));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = compiler.getTask(new StringWriter(), null, diagnostics,
                List.of("-d", out.toString(), "-proc:only"), null, units);
        task.setProcessors(List.of(new ScannerIndexProcessor()));
        task.call();
        List<String> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getMessage(null))
                .toList();
        return new Result(errors);
    }

    private static JavaFileObject source(String className, String code) {
        URI uri = URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private record Result(List<String> errors) {
    }
}
