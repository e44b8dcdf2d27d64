package com.atlassian.jira.timezone;

import java.util.TimeZone;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/timezone/TimeZoneManager.html */
public interface TimeZoneManager {
    TimeZone getLoggedInUserTimeZone();
}
