package io.paydesk.app.request.web;

import io.paydesk.app.request.CardNumberMask;
import io.paydesk.core.card.JsonStringMasking;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A request as the code behind it must see it: every parameter value (query string and form body) with its card
 * numbers masked, and a JSON body with the card numbers in its string literals masked ({@link JsonStringMasking}),
 * read in the request's own character encoding (UTF-8 when it names none, as JSON's standard says) and written back
 * in it, the length headers telling the new size. A body that holds no card number is served byte for byte as it
 * came; so is one that cannot be read in its encoding, which no JSON reader behind would accept either.
 */
final class CardNumberMaskedRequest extends HttpServletRequestWrapper {

    private static final String CONTENT_LENGTH = "Content-Length";

    /** The body to serve, or null when the original request's stream is served. */
    private final byte[] body;
    /** True when {@link #body} differs from what the client sent, so the length headers must change. */
    private final boolean rewritten;
    private final Charset charset;
    private Map<String, String[]> parameters;
    private ServletInputStream stream;
    private BufferedReader reader;

    private CardNumberMaskedRequest(HttpServletRequest request, byte[] body, boolean rewritten, Charset charset) {
        super(request);
        this.body = body;
        this.rewritten = rewritten;
        this.charset = charset;
    }

    /** Parameters masked, the body passed on as it is (a form's body is read through the parameters). */
    static CardNumberMaskedRequest parametersOf(HttpServletRequest request) {
        return new CardNumberMaskedRequest(request, null, false, null);
    }

    /** Parameters masked, and the JSON body read now and masked. */
    static CardNumberMaskedRequest jsonOf(HttpServletRequest request) throws IOException {
        byte[] sent = request.getInputStream().readAllBytes();
        Charset charset = charsetOf(request);
        if (charset == null) {
            return new CardNumberMaskedRequest(request, sent, false, StandardCharsets.UTF_8);
        }
        String text;
        try {
            text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sent)).toString();
        } catch (CharacterCodingException notInItsEncoding) {
            return new CardNumberMaskedRequest(request, sent, false, charset);
        }
        String masked = JsonStringMasking.mask(text);
        if (masked.equals(text)) {
            return new CardNumberMaskedRequest(request, sent, false, charset);
        }
        return new CardNumberMaskedRequest(request, masked.getBytes(charset), true, charset);
    }

    /** The request's declared encoding, UTF-8 when none is declared, null when Java does not know the one named. */
    private static Charset charsetOf(HttpServletRequest request) {
        String name = request.getCharacterEncoding();
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    private Map<String, String[]> parameters() {
        if (parameters == null) {
            parameters = CardNumberMask.maskedParameters(super.getParameterMap());
        }
        return parameters;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            return super.getInputStream();
        }
        if (stream == null) {
            stream = new BodyStream(body);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (body == null) {
            return super.getReader();
        }
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }
        return reader;
    }

    @Override
    public int getContentLength() {
        return rewritten ? body.length : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return rewritten ? body.length : super.getContentLengthLong();
    }

    @Override
    public String getHeader(String name) {
        return rewritten && isContentLength(name) ? Integer.toString(body.length) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return rewritten && isContentLength(name)
                ? Collections.enumeration(List.of(Integer.toString(body.length)))
                : super.getHeaders(name);
    }

    @Override
    public int getIntHeader(String name) {
        return rewritten && isContentLength(name) ? body.length : super.getIntHeader(name);
    }

    private static boolean isContentLength(String name) {
        return CONTENT_LENGTH.equalsIgnoreCase(name);
    }

    /** The rewritten body as the servlet API's stream, ready at once (it is all in memory). */
    private static final class BodyStream extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        BodyStream(byte[] body) {
            this.bytes = new ByteArrayInputStream(body);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
