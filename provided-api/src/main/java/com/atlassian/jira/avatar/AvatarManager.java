package com.atlassian.jira.avatar;

import com.atlassian.jira.icon.IconType;

/** Javadoc: https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/avatar/AvatarManager.html */
public interface AvatarManager {
    Long getDefaultAvatarId(IconType iconType);
}
