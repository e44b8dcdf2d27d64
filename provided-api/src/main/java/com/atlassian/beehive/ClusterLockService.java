package com.atlassian.beehive;

/** Javadoc: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
