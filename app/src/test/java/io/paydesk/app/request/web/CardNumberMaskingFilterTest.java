package io.paydesk.app.request.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.paydesk.app.platform.json.Json;
import io.paydesk.app.request.CardNumbersLeft;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The filter in front of Jira's edit, comment and transition endpoints: what the code behind it (here a recording
 * chain) reads is masked, and everything without a card number reaches it exactly as the client sent it.
 */
class CardNumberMaskingFilterTest {

    private static final String COMMENT_URI = "/jira/rest/api/2/issue/DSP-7/comment";

    private final CardNumberMaskingFilter filter = new CardNumberMaskingFilter();
    private ServletRequest received;

    private HttpServletRequest passThrough(HttpServletRequest request) throws Exception {
        filter.doFilter(request, mock(HttpServletResponse.class), (req, res) -> received = req);
        return (HttpServletRequest) received;
    }

    @Test
    void aCommentPostedAsJsonReachesJiraMaskedWithItsNewLength() throws Exception {
        byte[] sent = utf8("{\"body\":\"Card 4111111111111111 was charged twice\"}");

        HttpServletRequest seen = passThrough(json("POST", COMMENT_URI, sent, "application/json"));

        String body = body(seen);
        assertThat(body).isEqualTo("{\"body\":\"Card 411111******1111 was charged twice\"}");
        assertThat(Json.read(body)).isEqualTo(Map.of("body", "Card 411111******1111 was charged twice"));
        int length = utf8(body).length;
        assertThat(seen.getContentLength()).isEqualTo(length);
        assertThat(seen.getContentLengthLong()).isEqualTo(length);
        assertThat(seen.getHeader("Content-Length")).isEqualTo(Integer.toString(length));
        assertThat(seen.getHeader("content-length")).isEqualTo(Integer.toString(length));
        assertThat(seen.getIntHeader("Content-Length")).isEqualTo(length);
        assertThat(Collections.list(seen.getHeaders("Content-Length"))).containsExactly(Integer.toString(length));
    }

    @Test
    void cardNumbersWithSpacesOrDashesAndTwoInOneBodyAreAllMasked() throws Exception {
        byte[] sent = utf8("{\"fields\":{\"summary\":\"Cards 4111 1111 1111 1111 and 5555-5555-5555-4444\","
                + "\"description\":\"again 4111111111111111\"},\"update\":{\"comment\":[{\"add\":{\"body\":"
                + "\"5555555555554444\"}}]}}");

        String body = body(passThrough(json("PUT", "/jira/rest/api/2/issue/DSP-7", sent, "application/json")));

        assertThat(body).isEqualTo("{\"fields\":{\"summary\":\"Cards 4111 11** **** 1111 and 5555-55**-****-4444\","
                + "\"description\":\"again 411111******1111\"},\"update\":{\"comment\":[{\"add\":{\"body\":"
                + "\"555555******4444\"}}]}}");
        assertThat(CardNumbersLeft.in(body)).isEmpty();
        assertThat(Json.read(body)).isInstanceOf(Map.class);
    }

    @Test
    void aSixteenDigitNumberThatFailsTheLuhnCheckPassesByteForByteWithItsOwnLength() throws Exception {
        byte[] sent = utf8("{\"body\":\"order 4111111111111112, RRN 624512345678\"}");
        HttpServletRequest request = json("POST", COMMENT_URI, sent, "application/json");
        when(request.getContentLength()).thenReturn(sent.length);
        when(request.getHeader("Content-Length")).thenReturn(Integer.toString(sent.length));

        HttpServletRequest seen = passThrough(request);

        assertThat(seen.getInputStream().readAllBytes()).isEqualTo(sent);
        assertThat(seen.getContentLength()).isEqualTo(sent.length);
        assertThat(seen.getHeader("Content-Length")).isEqualTo(Integer.toString(sent.length));
    }

    @Test
    void textAroundTheNumberInAnotherScriptKeepsItsUtf8BytesAndTheLengthCountsBytes() throws Exception {
        String typed = "{\"body\":\"Карта 4111111111111111 списана дважды — Oʻzbekiston\"}";

        HttpServletRequest seen = passThrough(json("POST", COMMENT_URI, utf8(typed), "application/json; charset=UTF-8"));

        String expected = "{\"body\":\"Карта 411111******1111 списана дважды — Oʻzbekiston\"}";
        assertThat(seen.getInputStream().readAllBytes()).isEqualTo(utf8(expected));
        assertThat(seen.getContentLength()).isEqualTo(utf8(expected).length).isNotEqualTo(expected.length());
    }

    @Test
    void aBodyInAnotherEncodingIsReadAndWrittenBackInThatEncoding() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        byte[] sent = "{\"body\":\"Карта 4111111111111111\"}".getBytes(cp1251);
        HttpServletRequest request = json("POST", COMMENT_URI, sent, "application/json; charset=windows-1251");
        when(request.getCharacterEncoding()).thenReturn("windows-1251");

        HttpServletRequest seen = passThrough(request);

        assertThat(seen.getInputStream().readAllBytes()).isEqualTo("{\"body\":\"Карта 411111******1111\"}".getBytes(cp1251));
        assertThat(seen.getReader().readLine()).isEqualTo("{\"body\":\"Карта 411111******1111\"}");
    }

    @Test
    void digitsSentAsUnicodeEscapesAreMaskedToo() throws Exception {
        byte[] sent = utf8("{\"body\":\"\\u0034111111111111111\"}");

        String body = body(passThrough(json("POST", COMMENT_URI, sent, "application/json")));

        assertThat(body).isEqualTo("{\"body\":\"\\u003411111******1111\"}");
        assertThat(CardNumbersLeft.in((String) ((Map<?, ?>) Json.read(body)).get("body"))).isEmpty();
    }

    @Test
    void aCardNumberWrittenAsABareJsonNumberIsLeftSoTheBodyStaysValidJson() throws Exception {
        byte[] sent = utf8("{\"fields\":{\"customfield_10020\":4111111111111111}}");

        HttpServletRequest seen = passThrough(json("PUT", "/jira/rest/api/2/issue/DSP-7", sent, "application/json"));

        assertThat(seen.getInputStream().readAllBytes()).isEqualTo(sent);
    }

    @Test
    void anEmptyJsonBodyStaysEmpty() throws Exception {
        HttpServletRequest seen = passThrough(json("POST", COMMENT_URI, new byte[0], "application/json"));

        assertThat(seen.getInputStream().readAllBytes()).isEmpty();
        assertThat(seen.getReader().readLine()).isNull();
    }

    @Test
    void aBodyThatIsNotValidInItsEncodingIsPassedOnAsItCame() throws Exception {
        byte[] sent = {'{', '"', 'b', '"', ':', '"', (byte) 0xC3, '4', '1', '1', '1', '1', '1', '1', '1', '1', '1',
                '1', '1', '1', '1', '1', '1', '"', '}'};

        HttpServletRequest seen = passThrough(json("POST", COMMENT_URI, sent, "application/json"));

        assertThat(seen.getInputStream().readAllBytes()).isEqualTo(sent);
    }

    @Test
    void aGetRequestIsTheVeryRequestTheChainReceives() throws Exception {
        HttpServletRequest request = json("GET", COMMENT_URI, new byte[0], null);
        when(request.getParameter("comment")).thenReturn("4111111111111111");

        assertThat(passThrough(request)).isSameAs(request);
    }

    @Test
    void aMultipartUploadIsTheVeryRequestTheChainReceives() throws Exception {
        HttpServletRequest request = json("POST", "/jira/rest/api/2/issue/DSP-7/attachments",
                utf8("--b\r\n\r\n4111111111111111\r\n--b--"), "multipart/form-data; boundary=b");

        assertThat(passThrough(request)).isSameAs(request);
    }

    @Test
    void creatingAnIssueIsLeftToTheCreateTransitionWhichChecksTheFullNumberFirst() throws Exception {
        for (String uri : List.of("/jira/rest/api/2/issue", "/jira/rest/api/2/issue/", "/jira/rest/api/latest/issue",
                "/jira/rest/api/2/issue/bulk", "/jira/REST/API/2/ISSUE/BULK")) {
            HttpServletRequest request = json("POST", uri, utf8("{\"fields\":{\"summary\":\"4111111111111111\"}}"),
                    "application/json");

            assertThat(passThrough(request)).as(uri).isSameAs(request);
        }
    }

    @Test
    void everyFormValueTheActionReadsIsMaskedAndTheOthersAreUnchanged() throws Exception {
        HttpServletRequest request = json("POST", "/jira/secure/AddComment.jspa", new byte[0],
                "application/x-www-form-urlencoded; charset=UTF-8");
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("id", new String[] {"10010"});
        parameters.put("comment", new String[] {"Card 4111 1111 1111 1111, second 5555-5555-5555-4444"});
        parameters.put("customfield_10020", new String[] {"ok", "4111111111111111"});
        parameters.put("atl_token", new String[] {"B3WY-abc"});
        when(request.getParameterMap()).thenReturn(parameters);

        HttpServletRequest seen = passThrough(request);

        assertThat(seen.getParameter("comment")).isEqualTo("Card 4111 11** **** 1111, second 5555-55**-****-4444");
        assertThat(seen.getParameterValues("customfield_10020")).containsExactly("ok", "411111******1111");
        assertThat(seen.getParameter("id")).isEqualTo("10010");
        assertThat(seen.getParameter("atl_token")).isEqualTo("B3WY-abc");
        assertThat(seen.getParameter("missing")).isNull();
        assertThat(seen.getParameterValues("missing")).isNull();
        assertThat(Collections.list(seen.getParameterNames())).containsExactly("id", "comment", "customfield_10020",
                "atl_token");
        assertThat(seen.getParameterMap().values().stream().flatMap(Arrays::stream).collect(Collectors.joining(" ")))
                .satisfies(all -> assertThat(CardNumbersLeft.in(all)).isEmpty());
        assertThat(parameters.get("comment")[0]).as("the container's own values are not changed in place")
                .isEqualTo("Card 4111 1111 1111 1111, second 5555-5555-5555-4444");
    }

    @Test
    void formValuesWithoutACardNumberAreTheContainersOwn() throws Exception {
        HttpServletRequest request = json("POST", "/jira/secure/EditIssue.jspa", new byte[0],
                "application/x-www-form-urlencoded");
        Map<String, String[]> parameters = Map.of("summary", new String[] {"Refund not received"});
        when(request.getParameterMap()).thenReturn(parameters);

        assertThat(passThrough(request).getParameterMap()).isSameAs(parameters);
    }

    @Test
    void aFormsBodyIsLeftForTheContainerToParse() throws Exception {
        byte[] sent = utf8("comment=4111111111111111");
        HttpServletRequest request = json("POST", "/jira/secure/AddComment.jspa", sent, "application/x-www-form-urlencoded");

        HttpServletRequest seen = passThrough(request);

        assertThat(seen.getInputStream()).isSameAs(request.getInputStream());
    }

    private static HttpServletRequest json(String method, String uri, byte[] body, String contentType) throws IOException {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getRequestURI()).thenReturn(uri);
        when(request.getContextPath()).thenReturn("/jira");
        when(request.getContentType()).thenReturn(contentType);
        ServletInputStream stream = new ServletInputStream() {
            private final ByteArrayInputStream bytes = new ByteArrayInputStream(body);

            @Override
            public int read() {
                return bytes.read();
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
                throw new AssertionError("the filter reads the body at once, never asynchronously");
            }
        };
        when(request.getInputStream()).thenReturn(stream);
        when(request.getParameterMap()).thenReturn(Map.of());
        return request;
    }

    private static String body(HttpServletRequest request) throws IOException {
        return new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
