package io.paydesk.app.ao;

import io.paydesk.host.ao.AoModule;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Atlassian's table-name converter with the prefix Jira derives from the app's {@code <ao namespace>},
 * in the no-argument form Atlassian's AO JUnit runner instantiates.
 */
public final class PaydeskTableNames implements TableNameConverter {

    private final TableNameConverter delegate = new AtlassianTableNameConverter(
            AoModule.fromDescriptor(PaydeskTableNames.class.getClassLoader()).tablePrefix());

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return delegate.getName(entityClass);
    }
}
