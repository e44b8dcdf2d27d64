package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Javadoc: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 * (not re-entrant; the app calls only {@code tryLock()} and {@code unlock()} from {@link Lock}).
 */
public interface ClusterLock extends Lock {
}
