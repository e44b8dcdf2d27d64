package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Javadoc: https://docs.atlassian.com/atlassian-spring-scanner-parent/2.1.7/apidocs/com/atlassian/plugin/spring/scanner/annotation/export/ExportAsService.html */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {
    Class<?>[] value() default {};
}
