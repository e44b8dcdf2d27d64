package com.atlassian.sal.api.user;

import java.io.Serializable;

/**
 * Javadoc: https://docs.atlassian.com/sal-api/6.0.0/com/atlassian/sal/api/user/UserKey.html
 * (a final class in SAL; the app only passes instances from {@code UserManager} back to it).
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private UserKey() {
    }
}
