package io.paydesk.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The app jar as built passes every check, with its classes taken from the jar alone. */
class TheBuiltAppJarTest {

    @Test
    void hasNoProblems() {
        List<Problem> problems = new PluginJarCheck().check(AppJar.path());

        assertThat(problems)
                .withFailMessage(() -> problems.size() + " problem(s) in " + AppJar.path() + ":\n"
                        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void isCheckedWithoutTheAppsClassesOnTheClassPath() {
        ClassLoader testClassPath = getClass().getClassLoader();

        assertThatThrownBy(() -> testClassPath.loadClass("io.paydesk.app.request.RequestContextView"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> testClassPath.loadClass("io.paydesk.core.money.Money"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
