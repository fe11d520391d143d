package dev.cvmatch.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The digit bound skips only lines where libphonenumber's matcher finds no valid number. The lines are written for
 * this test; the random texts mix digits, the punctuation of phone numbers and extension letters.
 */
class PhoneDigitsTest {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();

    @Test
    void theInternationalBoundIsTheShortestOfTheLibrarysMetadata() throws Exception {
        int shortest = Integer.MAX_VALUE;
        for (String region : util.getSupportedRegions()) {
            PhoneMetadata metadata = PhoneDigits.metadata(util, region);
            shortest = Math.min(shortest, String.valueOf(metadata.getCountryCode()).length()
                    + PhoneDigits.shortest(metadata.getGeneralDesc().getPossibleLengthList()));
        }
        Method nonGeographical = PhoneNumberUtil.class.getDeclaredMethod("getMetadataForNonGeographicalRegion",
                int.class);
        nonGeographical.setAccessible(true);
        for (int code : util.getSupportedGlobalNetworkCallingCodes()) {
            PhoneMetadata metadata = (PhoneMetadata) nonGeographical.invoke(util, code);
            shortest = Math.min(shortest, String.valueOf(code).length()
                    + PhoneDigits.shortest(metadata.getGeneralDesc().getPossibleLengthList()));
        }
        // a library whose metadata allows shorter numbers needs a smaller constant
        assertEquals(shortest, PhoneDigits.INTERNATIONAL);
    }

    @Test
    void datesAndFiguresAreSkippedPhoneNumbersAreNot() {
        assertFalse(PhoneDigits.mayHoldValidNumber("janv. 2020 – aujourd'hui", "FR"));
        assertFalse(PhoneDigits.mayHoldValidNumber("2013 – 2016", "FR"));
        assertFalse(PhoneDigits.mayHoldValidNumber("Réduction des coûts de 40 % en 2 ans", "FR"));
        assertTrue(PhoneDigits.mayHoldValidNumber("Lyon · 06 39 98 42 17 · jo@example.com", "FR"));
        assertTrue(PhoneDigits.mayHoldValidNumber("+33 6 12 34 56 78", "US"));
        assertTrue(PhoneDigits.mayHoldValidNumber("00 43 1234", "FR")); // dialled with the prefix: 6 digits after it
        assertTrue(PhoneDigits.mayHoldValidNumber("2013 ext 2016", "FR")); // an extension's letters may be digits
        assertTrue(PhoneDigits.mayHoldValidNumber("2013 – 2016", "XX")); // unknown region: no bound
    }

    @Test
    void noSkippedTextHoldsAValidNumber() {
        Random random = new Random(18);
        String[] alphabets = {"0123456789 +-().x/ext:int,#aéb–", "0012345678 +-()./"};
        String[] regions = {"FR", "US", "GB", "DE", "BE", "CH", "IT", "AT", "NU", "RU", "AU", "JP", "IN", "CA"};
        int skipped = 0;
        for (int i = 0; i < 20_000; i++) {
            String alphabet = alphabets[i % alphabets.length];
            StringBuilder text = new StringBuilder();
            for (int k = 3 + random.nextInt(25); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String region = regions[random.nextInt(regions.length)];
            if (!PhoneDigits.mayHoldValidNumber(text.toString(), region)) {
                skipped++;
                List<PhoneNumberMatch> found = new java.util.ArrayList<>();
                util.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, 50).forEach(found::add);
                assertTrue(found.isEmpty(), () -> region + " [" + text + "]: " + found.get(0).rawString());
            }
        }
        assertTrue(skipped > 5_000, "skipped " + skipped);
    }
}
