package io.paydesk.app.request.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The paths the masking filter is declared on in {@code atlassian-plugin.xml}, matched the way Jira's plugin framework
 * matches a {@code url-pattern} ({@code *} any characters, slashes too; {@code ?} one character or none; letter case
 * ignored): every way to change an existing issue is covered, and no way to create one is, because creation must
 * reach the dispute check with the full card number. ({@code /rest/api/2/issue/bulk} falls under
 * {@code /rest/api/2/issue/*}; the filter itself passes it on untouched, see {@link CardNumberMaskingFilterTest}.)
 */
class CardNumberMaskingPathsTest {

    private static final String FILTER = CardNumberMaskingFilter.class.getName();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/secure/AddComment.jspa",
            "/secure/EditComment.jspa",
            "/secure/EditIssue.jspa",
            "/secure/QuickEditIssue.jspa",
            "/secure/AjaxIssueAction.jspa",
            "/secure/CommentAssignIssue.jspa",
            "/secure/WorkflowUIDispatcher.jspa",
            "/rest/api/2/issue/DSP-7",
            "/rest/api/2/issue/DSP-7/comment",
            "/rest/api/2/issue/DSP-7/comment/10100",
            "/rest/api/2/issue/DSP-7/transitions",
            "/rest/api/latest/issue/DSP-7/comment",
            "/rest/servicedeskapi/request/DSP-7/comment",
            "/rest/servicedeskapi/request/DSP-7/transition",
    })
    void everyWayToChangeAnExistingIssueIsFiltered(String path) throws Exception {
        assertThat(patterns()).anyMatch(pattern -> pattern.matcher(path).matches());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "/secure/CreateIssue.jspa",
            "/secure/CreateIssueDetails.jspa",
            "/secure/QuickCreateIssue.jspa",
            "/rest/api/2/issue",
            "/rest/api/latest/issue",
            "/rest/servicedeskapi/request",
            "/servicedesk/customer/portal/1/create/2",
    })
    void noWayToCreateAnIssueIsFiltered(String path) throws Exception {
        assertThat(patterns()).noneMatch(pattern -> pattern.matcher(path).matches());
    }

    @Test
    void theFilterRunsBeforeJirasRestFiltersAtTheEndOfTheChain() throws Exception {
        Element filter = filterModule();

        assertThat(filter.getAttribute("location")).isEqualTo("before-dispatch");
        assertThat(Integer.parseInt(filter.getAttribute("weight"))).isLessThan(100);
    }

    private static List<Pattern> patterns() throws Exception {
        NodeList urlPatterns = filterModule().getElementsByTagName("url-pattern");
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < urlPatterns.getLength(); i++) {
            String pattern = urlPatterns.item(i).getTextContent().trim();
            StringBuilder regex = new StringBuilder();
            for (char c : pattern.toCharArray()) {
                regex.append(c == '*' ? ".*" : c == '?' ? ".?" : Pattern.quote(String.valueOf(c)));
            }
            patterns.add(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE));
        }
        return patterns;
    }

    private static Element filterModule() throws Exception {
        try (InputStream descriptor = CardNumberMaskingPathsTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            NodeList filters = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor)
                    .getElementsByTagName("servlet-filter");
            for (int i = 0; i < filters.getLength(); i++) {
                Element filter = (Element) filters.item(i);
                if (filter.getAttribute("class").equals(FILTER)) {
                    return filter;
                }
            }
        }
        throw new AssertionError("atlassian-plugin.xml declares no <servlet-filter class=\"" + FILTER + "\">");
    }
}
