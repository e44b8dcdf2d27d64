package com.atlassian.jira.security.xsrf;

import jakarta.servlet.http.HttpServletRequest;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/security/xsrf/XsrfTokenGenerator.html */
public interface XsrfTokenGenerator {
    String generateToken(HttpServletRequest httpServletRequest);

    boolean validateToken(HttpServletRequest httpServletRequest, String token);
}
