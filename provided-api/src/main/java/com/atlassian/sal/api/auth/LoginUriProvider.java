package com.atlassian.sal.api.auth;

import java.net.URI;

/** Javadoc: https://docs.atlassian.com/sal-api/6.0.0/com/atlassian/sal/api/auth/LoginUriProvider.html */
public interface LoginUriProvider {
    URI getLoginUri(URI returnUri);
}
