package dev.cvmatch.internal.parse;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts, once per JVM and on a background thread, what libphonenumber initialises on the first CV's contact
 * details: {@code PhoneNumberUtil} (its class initialiser compiles the library's regular expressions and the
 * country-code table; about 50 ms of CPU in a fresh JVM), the matcher's own expressions and the default region's
 * metadata (about 35 ms more). Called when a parser is built, so that this overlaps the first document's text
 * extraction instead of following it. Nothing is changed in the library: these are its own lazily created
 * singletons and caches, filled a little earlier. Internal.
 */
final class PhoneWarmUp {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private PhoneWarmUp() {
    }

    /**
     * Starts the warm-up unless it has started already.
     *
     * @param region the parser's default phone region
     */
    static void start(String region) {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                PhoneNumberUtil util = PhoneNumberUtil.getInstance();
                PhoneDigits.mayHoldValidNumber("", region);
                // the region's own example number, found as a CV's number is found (no other country's metadata)
                Phonenumber.PhoneNumber example = util.getExampleNumber(region);
                String text = example == null ? "0"
                        : util.format(example, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
                for (PhoneNumberMatch match : util.findNumbers(text, region, PhoneNumberUtil.Leniency.VALID, 1)) {
                    util.format(match.number(), PhoneNumberUtil.PhoneNumberFormat.E164);
                }
            } catch (RuntimeException | LinkageError e) {
                // the first CV meets the same failure in the caller's thread and reports it there
            }
        }, "cvmatch-phone-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
