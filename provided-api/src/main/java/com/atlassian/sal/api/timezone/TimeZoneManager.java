package com.atlassian.sal.api.timezone;

import java.util.TimeZone;

/** Javadoc: https://docs.atlassian.com/sal-api/6.0.0/com/atlassian/sal/api/timezone/TimeZoneManager.html */
public interface TimeZoneManager {
    TimeZone getUserTimeZone();
}
