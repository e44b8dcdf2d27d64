package io.paydesk.core.setup;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Port: the host's service-desk (JSM) projects, and the configuration of one of them. */
public interface ServiceDeskProjects {

    record Project(String key, String name) {
        public Project {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The service-desk projects, in the host's order. */
    List<Project> all();

    /** The project's configuration, if it is a service-desk project. */
    Optional<ProjectSetupTarget> target(String projectKey);
}
