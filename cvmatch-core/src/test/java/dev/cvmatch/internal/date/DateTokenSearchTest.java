package dev.cvmatch.internal.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link DateRangeParser#findToken}, which tries the token pattern only where a token can start, against find. */
class DateTokenSearchTest {

    private static List<String> byFind(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = DateRangeParser.TOKEN.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return found;
    }

    private static List<String> byFindToken(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = DateRangeParser.TOKEN.matcher(text).useTransparentBounds(true);
        int from = 0;
        while (DateRangeParser.findToken(m, text, from)) {
            from = m.end();
            found.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return found;
    }

    @Test
    void findsWhatFindFinds() {
        String[] lines = {"jan 2020 – present", "janv. 2020 - aujourd'hui", "01/2020 - 03/2022", "1/2020-3/2022",
            "2020-01 — 2022-03", "03.2019 - 12.2021", "march 2019 to dec 2021", "2017–2019", "7/95 to present",
            "20072013", "2016present", "1er mars 2021", "may 15, 2020", "15/03/2019", "2022/03/25", "iso 9001:2015",
            "150,000 2019/2021 2000 € 20%", "ingenieur 2010 – 2013", "xjan 2020", "fevrier2019", "sept.2018",
            "depuis 2019", "between 2010 and 2012", "2019mars 2020", "a2019", "é2019", "mai 2020", "aout 2019"};
        for (String line : lines) {
            assertEquals(byFind(line), byFindToken(line), line);
        }
        String[] pieces = {"jan", "janv", "mars", "may", "sept", "dec", "aout", "fevr", "juil", "oct", "nov", "avr",
            "2019", "2020", "1999", "03", "12", "7", "95", "/", "-", ".", ",", " ", "  ", "–", "present", "to", "x",
            "er", "st", "é", "a", "s", "%", "€", "+", "#", ":", "now", "'", "(", ")", "\t"};
        Random random = new Random(18);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertEquals(byFind(s), byFindToken(s), s);
        }
    }
}
