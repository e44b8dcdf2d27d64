package io.paydesk.build.scanner;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the Spring Scanner build-time index from annotations, as Atlassian's scanner Maven plugin does.
 *
 * <ul>
 *   <li>{@code component}: classes annotated {@code @jakarta.inject.Named} or a Spring stereotype, one
 *       {@code fqcn} or {@code fqcn#beanName} per line;</li>
 *   <li>{@code imports} / {@code imports-jira}: the type of each {@code @ComponentImport} /
 *       {@code @JiraImport} constructor parameter or field;</li>
 *   <li>{@code exports}: {@code fqcn#iface1,iface2} for each {@code @ExportAsService} class.</li>
 * </ul>
 * When anything is indexed, all three files are written, empty where nothing applies. An import on a
 * class that is not itself a component is an error: the runtime would never see it.
 */
public final class ScannerIndexProcessor extends AbstractProcessor {

    static final String NAMED = "jakarta.inject.Named";
    static final String COMPONENT_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport";
    static final String JIRA_IMPORT = "com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport";
    static final String EXPORT_AS_SERVICE = "com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService";
    static final Set<String> SPRING_STEREOTYPES = Set.of(
            "org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service",
            "org.springframework.stereotype.Repository",
            "org.springframework.stereotype.Controller");

    private final Map<String, Set<String>> lines = new LinkedHashMap<>();
    private final List<Element> importSites = new ArrayList<>();
    private final Set<String> components = new TreeSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> types = new TreeSet<>(SPRING_STEREOTYPES);
        types.addAll(Set.of(NAMED, COMPONENT_IMPORT, JIRA_IMPORT, EXPORT_AS_SERVICE));
        return types;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                collect(name, element);
            }
        }
        if (round.processingOver()) {
            checkImportSites();
            write();
        }
        return false;
    }

    private void collect(String annotation, Element element) {
        if (annotation.equals(NAMED) || SPRING_STEREOTYPES.contains(annotation)) {
            if (element.getKind() != ElementKind.CLASS) {
                return; // @Named on a parameter or field is a qualifier, not a component
            }
            TypeElement type = (TypeElement) element;
            String fqcn = binaryName(type);
            String beanName = stringValue(element, annotation, "value");
            components.add(fqcn);
            add(IndexFile.COMPONENT.path(null), beanName.isEmpty() ? fqcn : fqcn + "#" + beanName);
        } else if (annotation.equals(COMPONENT_IMPORT) || annotation.equals(JIRA_IMPORT)) {
            String product = annotation.equals(JIRA_IMPORT) ? "jira" : null;
            String serviceType = erasure(element.asType());
            String beanName = stringValue(element, annotation, "value");
            add(IndexFile.IMPORTS.path(product), beanName.isEmpty() ? serviceType : serviceType + "#" + beanName);
            importSites.add(element);
        } else if (annotation.equals(EXPORT_AS_SERVICE)) {
            TypeElement type = (TypeElement) element;
            List<String> interfaces = classValues(element, annotation);
            String fqcn = binaryName(type);
            add(IndexFile.EXPORTS.path(null), interfaces.isEmpty() ? fqcn : fqcn + "#" + String.join(",", interfaces));
        }
    }

    private void checkImportSites() {
        for (Element site : importSites) {
            Element owner = site.getKind() == ElementKind.PARAMETER ? site.getEnclosingElement().getEnclosingElement()
                    : site.getEnclosingElement();
            if (site.getKind() == ElementKind.PARAMETER
                    && site.getEnclosingElement().getKind() != ElementKind.CONSTRUCTOR) {
                error(site, "a component import must be a constructor parameter or a field");
                continue;
            }
            String ownerName = binaryName((TypeElement) owner);
            if (!components.contains(ownerName)) {
                error(site, "imports a host component, but " + ownerName
                        + " is not a component (@Named); the Spring Scanner runtime would never inject it");
            }
        }
    }

    private void add(String file, String line) {
        lines.computeIfAbsent(file, f -> new TreeSet<>()).add(line);
    }

    private void write() {
        if (!lines.isEmpty()) {
            // The runtime reads all three; an app that exports nothing still ships an empty exports file.
            for (IndexFile file : IndexFile.values()) {
                lines.computeIfAbsent(file.path(null), f -> new TreeSet<>());
            }
        }
        for (Map.Entry<String, Set<String>> file : lines.entrySet()) {
            try {
                FileObject resource = processingEnv.getFiler()
                        .createResource(StandardLocation.CLASS_OUTPUT, "", file.getKey());
                try (Writer out = new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
                    for (String line : file.getValue()) {
                        out.write(line);
                        out.write('\n');
                    }
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "cannot write " + file.getKey() + ": " + e.getMessage());
            }
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }

    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private String erasure(TypeMirror type) {
        TypeMirror erased = processingEnv.getTypeUtils().erasure(type);
        if (erased instanceof DeclaredType declared) {
            return binaryName((TypeElement) declared.asElement());
        }
        return erased.toString();
    }

    private static AnnotationMirror mirror(Element element, String annotation) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
                return mirror;
            }
        }
        throw new IllegalStateException(annotation + " not found on " + element);
    }

    private static AnnotationValue value(Element element, String annotation, String member) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : mirror(element, annotation).getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(member)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String stringValue(Element element, String annotation, String member) {
        AnnotationValue value = value(element, annotation, member);
        return value == null ? "" : value.getValue().toString();
    }

    private List<String> classValues(Element element, String annotation) {
        AnnotationValue value = value(element, annotation, "value");
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        Object raw = value.getValue();
        List<?> items = raw instanceof List<?> list ? list : List.of(value);
        for (Object item : items) {
            TypeMirror type = (TypeMirror) ((AnnotationValue) item).getValue();
            names.add(erasure(type));
        }
        return names;
    }
}
