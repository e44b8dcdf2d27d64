package com.atlassian.sal.api.user;

import jakarta.servlet.http.HttpServletRequest;

/** Javadoc: https://docs.atlassian.com/sal-api/6.0.0/com/atlassian/sal/api/user/UserManager.html */
public interface UserManager {
    UserKey getRemoteUserKey(HttpServletRequest request);

    boolean isAdmin(UserKey userKey);
}
