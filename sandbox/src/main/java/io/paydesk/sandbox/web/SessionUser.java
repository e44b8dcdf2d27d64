package io.paydesk.sandbox.web;

import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** Who is signed in (kept in the HTTP session), their language choice, and the session's XSRF token. */
final class SessionUser {

    static final String TOKEN_FIELD = "atl_token";
    private static final String USER = "paydesk.user";
    private static final String TOKEN = "paydesk.xsrf";
    private static final String LANGUAGE = "paydesk.language";

    private final SecureRandom random = new SecureRandom();
    private final HostDirectory directory;

    SessionUser(HostDirectory directory) {
        this.directory = directory;
    }

    Optional<HostUser> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(USER) instanceof String username)) {
            return Optional.empty();
        }
        return directory.user(username).map(user -> session.getAttribute(LANGUAGE) instanceof String tag
                ? new HostUser(user.username(), user.displayName(), user.role(), user.organizationId(),
                        Locale.forLanguageTag(tag), user.zone())
                : user);
    }

    /** The signed-in user, or empty after redirecting the browser to the sign-in page. */
    Optional<HostUser> signedInOrRedirect(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> user = current(request);
        if (user.isEmpty()) {
            response.sendRedirect("/login");
        }
        return user;
    }

    /** A new session on sign-in (no fixation); the language chosen before signing in is kept. */
    void signIn(HttpServletRequest request, String username) {
        Optional<Locale> language = language(request);
        request.getSession(true).invalidate();
        HttpSession session = request.getSession(true);
        session.setAttribute(USER, username);
        language.ifPresent(l -> session.setAttribute(LANGUAGE, l.toLanguageTag()));
    }

    void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** The language chosen in this session, if any (it applies before signing in too). */
    Optional<Locale> language(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(LANGUAGE) instanceof String tag
                ? Optional.of(Locale.forLanguageTag(tag))
                : Optional.empty();
    }

    void chooseLanguage(HttpServletRequest request, Locale language) {
        request.getSession(true).setAttribute(LANGUAGE, language.toLanguageTag());
    }

    String xsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(TOKEN) instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        session.setAttribute(TOKEN, token);
        return token;
    }

    /** A state-changing form must send back the token of this session. */
    boolean hasValidXsrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        String sent = request.getParameter(TOKEN_FIELD);
        return session != null && sent != null && sent.equals(session.getAttribute(TOKEN));
    }
}
