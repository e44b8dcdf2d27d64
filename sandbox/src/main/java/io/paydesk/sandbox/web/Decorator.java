package io.paydesk.sandbox.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's page decorator (SiteMesh) does with an app page rendered as a whole HTML document: takes its
 * title and body and places them in the host's chrome.
 */
final class Decorator {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private Decorator() {
    }

    static String title(String page) {
        Matcher m = TITLE.matcher(page);
        return m.find() ? m.group(1).strip() : "";
    }

    static String body(String page) {
        Matcher m = BODY.matcher(page);
        if (!m.find()) {
            throw new IllegalArgumentException("an app page must be a whole HTML document with a <body>");
        }
        return m.group(1);
    }
}
