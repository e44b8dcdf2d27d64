package io.paydesk.check;

import java.util.ArrayList;
import java.util.List;

/** Every {@code .class} entry is a readable class file holding the class its path names. */
final class ClassFileCheck implements JarCheck {

    @Override
    public List<Problem> check(PluginJar jar) {
        List<Problem> problems = new ArrayList<>();
        jar.unreadableClassFiles().forEach((entry, why) -> problems.add(
                new Problem(CheckId.CLASS_FILE, entry, entry + " is not a readable class file: " + why)));
        jar.classFiles().forEach((entry, classFile) -> {
            if (!JavaNames.classNameOfEntry(entry).equals(classFile.name())) {
                problems.add(new Problem(CheckId.CLASS_FILE, entry,
                        entry + " holds class " + classFile.name() + ", which belongs at " + JavaNames.entryOfClass(classFile.name())));
            }
        });
        return problems;
    }
}
