package io.paydesk.check;

import java.util.List;

/** One family of rules, run on an opened plugin jar. */
interface JarCheck {

    List<Problem> check(PluginJar jar);
}
