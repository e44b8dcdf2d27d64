package io.paydesk.host.ao;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AoTablePrefixTest {

    @Test
    void thePrefixIsSixHexDigitsOfTheNamespacesMd5() {
        // MD5("io.paydesk") = c25555af7a47910bd017da196e2dc1e0; the plugin keeps the last six digits.
        assertThat(new AoTablePrefix("io.paydesk").prepend("PARTNER")).isEqualTo("AO_2DC1E0_PARTNER");
    }

    @Test
    void differentNamespacesGetDifferentTables() {
        assertThat(new AoTablePrefix("io.paydesk").value()).isNotEqualTo(new AoTablePrefix("com.example.other").value());
    }
}
