package dev.cvmatch.internal.parse;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * The shortest country code and national significant number together, over every region of libphonenumber 9.0
     * (Austria: 43 and 4 digits). A constant, not read from the metadata, which would load every region's file (half
     * a second in a fresh JVM); {@code PhoneDigitsTest} checks it against the metadata of the library on the class
     * path.
     */
    static final int INTERNATIONAL = 6;
    /** Letters of libphonenumber's extension markers, compared ignoring case. */
    private static final String[] EXTENSION_MARKERS = {"xt", "int", "\u0434\u043e\u0431", "anexo", "\uff58"};
    /** What is known of each default region asked for; {@link Region#NONE} when its metadata cannot be read. */
    private static final Map<String, Region> REGIONS = new ConcurrentHashMap<>();

    /**
     * A default region: the shortest national significant number of its country code's regions, the shortest
     * international prefix and the digits an international prefix may start with.
     */
    private record Region(int national, int prefixLength, boolean[] prefixStarts) {
        static final Region NONE = new Region(0, 0, null);
    }

    private PhoneDigits() {
    }

    /** The metadata of a region, read through libphonenumber's package-private accessor. */
    static PhoneMetadata metadata(PhoneNumberUtil util, String region) throws ReflectiveOperationException {
        Method forRegion = PhoneNumberUtil.class.getDeclaredMethod("getMetadataForRegion", String.class);
        forRegion.setAccessible(true);
        return (PhoneMetadata) forRegion.invoke(util, region);
    }

    /** The shortest of the possible lengths of a general description, 0 (no bound) for none. */
    static int shortest(List<Integer> lengths) {
        return lengths.isEmpty() ? 0 : Math.max(0, Collections.min(lengths));
    }

    private static Region region(String code) {
        return REGIONS.computeIfAbsent(code, k -> {
            try {
                PhoneNumberUtil util = PhoneNumberUtil.getInstance();
                if (!util.getSupportedRegions().contains(k)) {
                    return Region.NONE;
                }
                int national = Integer.MAX_VALUE;
                for (String other : util.getRegionCodesForCountryCode(util.getCountryCodeForRegion(k))) {
                    national = Math.min(national, shortest(metadata(util, other).getGeneralDesc()
                            .getPossibleLengthList()));
                }
                // the prefix is matched at the start of the number's digits: the digits it may start with, and
                // whether it may be shorter than two digits (a pattern with look-arounds is not analysed)
                String iddPattern = metadata(util, k).getInternationalPrefix();
                Pattern prefix = Pattern.compile(iddPattern);
                int prefixLength = iddPattern.contains("(?") ? 0 : 2;
                boolean[] starts = new boolean[10];
                for (int first = 0; first < 10; first++) {
                    Matcher m = prefix.matcher(String.valueOf((char) ('0' + first)));
                    starts[first] = m.lookingAt() || m.hitEnd();
                    if (m.lookingAt()) {
                        prefixLength = Math.min(prefixLength, m.end());
                    }
                    for (int second = 0; starts[first] && second < 10; second++) {
                        Matcher two = prefix.matcher(new String(new char[] {(char) ('0' + first),
                            (char) ('0' + second)}));
                        if (two.lookingAt()) {
                            prefixLength = Math.min(prefixLength, two.end());
                        }
                    }
                }
                if (prefixLength == 0) {
                    java.util.Arrays.fill(starts, true);
                }
                return national == Integer.MAX_VALUE ? Region.NONE : new Region(national, prefixLength, starts);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return Region.NONE;
            }
        });
    }

    /**
     * Whether the text may hold a number valid for libphonenumber, read with the given default region.
     *
     * @param text the text given to the matcher
     * @param regionCode the default region
     * @return {@code false} only when no candidate of the text has digits enough
     */
    static boolean mayHoldValidNumber(String text, String regionCode) {
        Region region = region(regionCode);
        if (region == Region.NONE) {
            return true;
        }
        // a plus sign anywhere may start an international number
        boolean plus = text.indexOf('+') >= 0 || text.indexOf('\uFF0B') >= 0;
        if (longestRun(text) >= Math.min(region.national(), plus ? INTERNATIONAL : Integer.MAX_VALUE)
                || longestDialled(text, region) >= region.prefixLength() + INTERNATIONAL) {
            return true;
        }
        return containsMarker(text);
    }

    /** Whether the text holds one of {@link #EXTENSION_MARKERS}, ignoring case: one pass for all of them. */
    private static boolean containsMarker(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // as the case-insensitive comparisons of the matcher and of regionMatches ("I", "ı" and "İ" for "i")
            char folded = c < 0x80 ? c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c
                    : Character.toLowerCase(Character.toUpperCase(c)); // the same for ASCII, without the look-ups
            for (String marker : EXTENSION_MARKERS) {
                if (folded == marker.charAt(0) && i + marker.length() <= text.length() // first letter lower case
                        && text.regionMatches(true, i, marker, 0, marker.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Like {@link #longestRun}, but counted from a digit that may start the region's international prefix (or an
     * {@code x}, read as 9 in a candidate of three letters): the most digits a number dialled with that prefix may
     * have.
     */
    private static int longestDialled(String text, Region region) {
        int longest = 0;
        int run = -1; // -1: no prefix start since the last letter
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean x = c == 'x' || c == 'X' || c == '\u30FC';
            if (Character.isDigit(c) || x) {
                if (run < 0 && (x || region.prefixStarts()[Character.digit(c, 10)])) {
                    run = 0;
                }
                if (run >= 0) {
                    run++;
                    longest = Math.max(longest, run);
                }
            } else if (Character.isLetter(c)) {
                run = -1;
            }
            i += Character.charCount(c);
        }
        return longest;
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
