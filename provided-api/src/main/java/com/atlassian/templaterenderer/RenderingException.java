package com.atlassian.templaterenderer;

/** Javadoc: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/RenderingException.html */
public class RenderingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderingException(Throwable cause) {
        super(cause);
    }
}
