package dev.cvmatch.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {

    private static String garble(String s, String charset) {
        return new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
    }

    @Test
    void utf8ReadAsWindows1252IsRepaired() {
        String original = "Développeur Java à Nîmes – chargé d’études, Œuvre, 10 €, señor, naïve, “quoted” …";
        String garbled = garble(original, "windows-1252");
        assertEquals("DÃ©veloppeur", garbled.substring(0, 12));
        assertEquals(original, Mojibake.repair(garbled));
    }

    @Test
    void utf8ReadAsLatin1IsRepaired() {
        String original = "Ingénieur études — Montréal, 日本語";
        assertEquals(original, Mojibake.repair(garble(original, "ISO-8859-1")));
    }

    @Test
    void correctTextIsLeftAsItIs() {
        for (String s : new String[] {"Développeur Java à Nîmes", "«CAFÉ» à 10 h", "Ã alone",
                "voilà…» fin", "trailing â€", "Ã", "naïve ï¼x", "plain ascii", ""}) {
            assertSame(s, Mojibake.repair(s), s);
        }
    }

    @Test
    void aFullwidthMarkCutAfterItsSecondByteIsASeparator() {
        assertEquals("Advocate Company Name | City , State",
                Mojibake.repair("Advocate Company Name \u00ef\u00bc\u200b City , State"));
    }
}
