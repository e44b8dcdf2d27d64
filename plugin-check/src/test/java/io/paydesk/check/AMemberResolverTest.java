package io.paydesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AMemberResolverTest {

    /** A view model as templates see one. */
    public record Row(String name, boolean open) {
        public String getLabel() {
            return name;
        }
    }

    /** A view model with collections of rows. */
    public interface Rows {
        List<Row> rows();

        Map<String, Row> byName();

        Row[] asArray();
    }

    @Test
    void givesForeachTheElementTypeOfAListAMapsValuesOrAnArray() throws Exception {
        assertThat(elementOf("rows")).isEqualTo(Row.class);
        assertThat(elementOf("byName")).isEqualTo(Row.class);
        assertThat(elementOf("asArray")).isEqualTo(Row.class);
    }

    @Test
    void resolvesPropertiesAsGettersBooleanGettersOrAccessors() {
        assertThat(MemberResolver.property(Row.class, "label")).hasValueSatisfying(m -> assertThat(m.getName()).isEqualTo("getLabel"));
        assertThat(MemberResolver.property(Row.class, "name")).hasValueSatisfying(m -> assertThat(m.getName()).isEqualTo("name"));
        assertThat(MemberResolver.property(Row.class, "missing")).isEmpty();
    }

    @Test
    void findsMethodsByNameAndArgumentCount() {
        assertThat(MemberResolver.methods(String.class, "substring", 1)).hasSize(1);
        assertThat(MemberResolver.methods(String.class, "substring", 3)).isEmpty();
        assertThat(MemberResolver.methods(Rows.class, "hashCode", 0)).as("Object's methods on an interface").hasSize(1);
    }

    private static Type elementOf(String method) throws NoSuchMethodException {
        return MemberResolver.elementType(Rows.class.getMethod(method).getGenericReturnType());
    }
}
