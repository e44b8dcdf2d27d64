package io.paydesk.app.request.web;

import com.atlassian.annotations.security.UnrestrictedAccess;
import jakarta.inject.Named;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Masks the card numbers typed into an existing issue before Jira reads them: edits, comments and transition screens
 * through Jira's forms, Jira's REST API and JSM's request API. The request goes on as {@link CardNumberMaskedRequest}:
 * every parameter value masked, and a JSON body masked inside its string literals. It refuses nothing and logs
 * nothing.
 *
 * <p>Left as they came: requests without a body to store (GET, HEAD, DELETE, OPTIONS), multipart bodies (attachments),
 * and issue creation ({@code POST /rest/api/2/issue}, {@code /rest/api/2/issue/bulk}), where the dispute validator must
 * check the full card number as typed and the workflow function "Paydesk: mask card numbers" masks it before the
 * issue is stored.
 *
 * <p>Declared in {@code atlassian-plugin.xml} as a {@code servlet-filter} module at location {@code before-dispatch}
 * ("at the end of the filter chain, before any servlet or filter which handles the request by default"), with a
 * weight below the default 100 because among filters at one location the lower weight runs first, and Atlassian's
 * REST module serves each API as a filter at {@code before-dispatch} declared without a weight, so with the default.
 * Module reference:
 * https://developer.atlassian.com/server/jira/platform/servlet-filter/ and
 * https://developer.atlassian.com/server/framework/atlassian-sdk/servlet-filter-plugin-module/. Since Jira 10 a
 * servlet filter without an access annotation lets only licensed users through
 * (https://developer.atlassian.com/platform/marketplace/dc-apps-platform-7-preparing-for-secure-endpoints/); this one
 * decides no access, and the Jira endpoints behind it keep their own permission checks, so it is
 * {@link UnrestrictedAccess} and portal customers pass as before.
 */
@UnrestrictedAccess
@Named
public class CardNumberMaskingFilter implements Filter {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final Pattern ISSUE_CREATION =
            Pattern.compile("/rest/api/(?:2|latest)/issue(?:/bulk)?/?", Pattern.CASE_INSENSITIVE);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? masked(http) : request, response);
    }

    /** The request the code behind must read: {@code request} itself when nothing in it is to be masked. */
    static HttpServletRequest masked(HttpServletRequest request) throws IOException {
        String method = request.getMethod() == null ? "" : request.getMethod().toUpperCase(Locale.ROOT);
        if (!METHODS_WITH_BODY.contains(method) || ISSUE_CREATION.matcher(path(request)).matches()) {
            return request;
        }
        String mediaType = mediaType(request.getContentType());
        if (mediaType.startsWith("multipart/")) {
            return request;
        }
        if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
            return CardNumberMaskedRequest.jsonOf(request);
        }
        return CardNumberMaskedRequest.parametersOf(request);
    }

    /** The path inside the web application, without path parameters ({@code ;jsessionid=...}). */
    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        int parameters = path.indexOf(';');
        return parameters < 0 ? path : path.substring(0, parameters);
    }

    /** {@code application/json} of {@code Application/JSON; charset=UTF-8}; empty when there is no content type. */
    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }
}
