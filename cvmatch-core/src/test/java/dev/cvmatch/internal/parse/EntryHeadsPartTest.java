package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvmatch.document.PlainTextExtractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link EntryHeads.Part}'s written-out equals and hashCode are those a record generates. */
class EntryHeadsPartTest {

    /** The same components, with the generated methods. */
    private record Generated(String text, CvLine line, int from, int to, boolean parenthesized) {
    }

    @Test
    void equalsAndHashCodeAreTheGeneratedOnes() {
        List<CvLine> lines = CvLine.prepare(new PlainTextExtractor().extract(
                "Senior Engineer\nAcme Corp, Paris\n2019 - 2021".getBytes(StandardCharsets.UTF_8)));
        Random random = new Random(18);
        String[] texts = {null, "", "Acme", "Acme Corp", "Paris", "acme"};
        for (int n = 0; n < 20_000; n++) {
            Object[] a = values(random, texts, lines);
            Object[] b = random.nextInt(4) == 0 ? a.clone() : values(random, texts, lines);
            EntryHeads.Part pa = part(a);
            EntryHeads.Part pb = part(b);
            Generated ga = generated(a);
            Generated gb = generated(b);
            assertEquals(ga.hashCode(), pa.hashCode());
            assertEquals(ga.equals(gb), pa.equals(pb));
            assertEquals(ga.equals(null), pa.equals(null));
            assertEquals(ga.toString().replace("Generated", "Part"), pa.toString());
        }
    }

    private static Object[] values(Random random, String[] texts, List<CvLine> lines) {
        return new Object[] {texts[random.nextInt(texts.length)],
            random.nextInt(5) == 0 ? null : lines.get(random.nextInt(lines.size())), random.nextInt(3) - 1,
            random.nextInt(3), random.nextBoolean()};
    }

    private static EntryHeads.Part part(Object[] v) {
        return new EntryHeads.Part((String) v[0], (CvLine) v[1], (Integer) v[2], (Integer) v[3], (Boolean) v[4]);
    }

    private static Generated generated(Object[] v) {
        return new Generated((String) v[0], (CvLine) v[1], (Integer) v[2], (Integer) v[3], (Boolean) v[4]);
    }
}
