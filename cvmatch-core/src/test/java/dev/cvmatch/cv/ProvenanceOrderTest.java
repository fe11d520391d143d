package dev.cvmatch.cv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Provenance maps iterate in field-name order, whatever order the parser filled them in: {@code Map.copyOf}, used
 * before, iterates in an order that changes from one JVM to the next, so the same CV gave differently ordered JSON
 * on two runs.
 */
class ProvenanceOrderTest {

    private static Map<String, Provenance> filled(String... keys) {
        Map<String, Provenance> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(keys[i], new Provenance(1, i, i + 1, null, 0.9));
        }
        return map;
    }

    @Test
    void contactProvenanceIsInFieldNameOrder() {
        Contact contact = new Contact("Ada", null, "ada@example.org", null, null, "Paris", "FR", List.of(),
                filled("phone", "email", "links.LinkedIn", "city", "fullName", "country"));
        assertEquals(List.of("city", "country", "email", "fullName", "links.LinkedIn", "phone"),
                List.copyOf(contact.provenance().keySet()));
    }

    @Test
    void provenanceStaysImmutableAndRefusesNulls() {
        Contact contact = new Contact("Ada", null, null, null, null, null, null, List.of(), filled("fullName"));
        assertThrows(UnsupportedOperationException.class, () -> contact.provenance().put("city", null));
        Map<String, Provenance> withNull = new LinkedHashMap<>();
        withNull.put("fullName", null);
        assertThrows(NullPointerException.class,
                () -> new Contact("Ada", null, null, null, null, null, null, List.of(), withNull));
    }
}
