package io.paydesk.check;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -cp <plugin-check and its runtime dependencies> io.paydesk.check.PluginJarCheckMain app.jar}:
 * prints every problem and exits 1 if there is any, 0 if there is none, 2 on wrong usage.
 */
public final class PluginJarCheckMain {

    private PluginJarCheckMain() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: PluginJarCheckMain <path to the app jar>");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        List<Problem> problems = new PluginJarCheck().check(jar);
        problems.forEach(System.out::println);
        System.out.println(problems.isEmpty() ? "OK: no problems in " + jar : problems.size() + " problem(s) in " + jar);
        System.exit(problems.isEmpty() ? 0 : 1);
    }
}
