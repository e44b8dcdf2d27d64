package io.paydesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real app jar the build made, as named by the {@code paydesk.app.jar} system property (see the pom). */
final class AppJar {

    private AppJar() {
    }

    static Path path() {
        String property = System.getProperty("paydesk.app.jar");
        assertThat(property).as("system property paydesk.app.jar (set by surefire)").isNotBlank();
        Path jar = Path.of(property);
        assertThat(Files.isRegularFile(jar)).as(jar + " exists (build the app first: mvn install)").isTrue();
        return jar;
    }
}
