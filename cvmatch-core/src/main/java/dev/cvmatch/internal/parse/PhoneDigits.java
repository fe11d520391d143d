package dev.cvmatch.internal.parse;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a line has digits enough to hold a number that libphonenumber's matcher accepts as {@code VALID}: a cheap
 * test that spares the matcher (about 25 µs a line) the dates and figures of a CV whose phone number is not a valid
 * one, and which is then searched to its end. Internal.
 *
 * <p>The bound: a valid number's national significant number has one of the lengths its region's metadata allows (its
 * general description's possible lengths), and its digits come from one candidate of the matcher: digits and
 * punctuation, where the letter {@code x} is punctuation (and is read as a digit when the candidate holds three
 * letters), then an optional extension that parsing removes. Without a plus sign, the number is either national (the
 * shortest length among the regions of the default region's country code) or dialled with an international prefix (at
 * least one digit, then a country code and a national number: the shortest such number of any region); with one,
 * either. A candidate lies between two letters other than {@code x}, so the most digits between two such letters bound
 * the digits of any candidate. A line naming an extension ("ext", "int", ...) is always searched: an extension that
 * parsing did not remove would have its letters read as digits. When the metadata cannot be read (another version of
 * the library), every line is searched.
 */
final class PhoneDigits {

    /** For each region, the shortest national significant number of its country code's regions. */
    private static final Map<String, Integer> NATIONAL;
    /** The shortest country code and national significant number together, over every region; 0: no bound. */
    private static final int INTERNATIONAL;
    /** Letters of libphonenumber's extension markers, compared ignoring case. */
    private static final String[] EXTENSION_MARKERS = {"xt", "int", "\u0434\u043e\u0431", "anexo", "\uff58"};

    static {
        Map<String, Integer> national = new HashMap<>();
        int international = 0;
        try {
            PhoneNumberUtil util = PhoneNumberUtil.getInstance();
            Method forRegion = PhoneNumberUtil.class.getDeclaredMethod("getMetadataForRegion", String.class);
            Method forNonGeographical = PhoneNumberUtil.class.getDeclaredMethod(
                    "getMetadataForNonGeographicalRegion", int.class);
            forRegion.setAccessible(true);
            forNonGeographical.setAccessible(true);
            Map<Integer, Integer> byCode = new HashMap<>();
            int shortest = Integer.MAX_VALUE;
            for (String region : util.getSupportedRegions()) {
                PhoneMetadata metadata = (PhoneMetadata) forRegion.invoke(util, region);
                int length = shortest(metadata.getGeneralDesc().getPossibleLengthList());
                byCode.merge(metadata.getCountryCode(), length, Math::min);
                shortest = Math.min(shortest, String.valueOf(metadata.getCountryCode()).length() + length);
            }
            for (int code : util.getSupportedGlobalNetworkCallingCodes()) {
                PhoneMetadata metadata = (PhoneMetadata) forNonGeographical.invoke(util, code);
                int length = shortest(metadata.getGeneralDesc().getPossibleLengthList());
                shortest = Math.min(shortest, String.valueOf(code).length() + length);
            }
            for (String region : util.getSupportedRegions()) {
                national.put(region, byCode.get(util.getCountryCodeForRegion(region)));
            }
            international = shortest == Integer.MAX_VALUE ? 0 : shortest;
        } catch (ReflectiveOperationException | RuntimeException e) {
            national.clear();
            international = 0;
        }
        NATIONAL = national;
        INTERNATIONAL = international;
    }

    private PhoneDigits() {
    }

    private static int shortest(List<Integer> lengths) {
        // an empty list would let any length through: no bound
        return lengths.isEmpty() ? 0 : Math.max(0, Collections.min(lengths));
    }

    /**
     * Whether the text may hold a number valid for libphonenumber, read with the given default region.
     *
     * @param text the text given to the matcher
     * @param region the default region
     * @return {@code false} only when no candidate of the text has digits enough
     */
    static boolean mayHoldValidNumber(String text, String region) {
        if (INTERNATIONAL == 0) {
            return true;
        }
        for (String marker : EXTENSION_MARKERS) {
            if (containsIgnoreCase(text, marker)) {
                return true;
            }
        }
        // a plus sign anywhere may start an international number; else it needs an international prefix
        boolean plus = text.indexOf('+') >= 0 || text.indexOf('\uFF0B') >= 0;
        int bound = plus ? INTERNATIONAL : 1 + INTERNATIONAL;
        Integer national = NATIONAL.get(region);
        if (national != null) {
            bound = Math.min(bound, national);
        }
        return longestRun(text) >= bound;
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most digits (of any script, with the letter x) between two other letters: an upper bound of the digits of
     * any candidate of the matcher, whose candidates hold digits, punctuation and the letter x, and a trailing
     * extension that is not part of the number.
     */
    static int longestRun(String text) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c) || c == 'x' || c == 'X' || c == '\u30FC') {
                run++;
                longest = Math.max(longest, run);
            } else if (Character.isLetter(c)) {
                run = 0;
            }
            i += Character.charCount(c);
        }
        return longest;
    }
}
