package dev.cvmatch.cv;

import java.util.List;
import java.util.Map;

/**
 * Who the candidate is and how to reach them.
 *
 * @param fullName the name as printed (e.g. {@code "Clément GARNIER"}), or {@code null} when not found
 * @param headline the professional title printed under the name, or {@code null}
 * @param email the e-mail address, lower-cased, or {@code null}
 * @param phone the phone number as printed, or {@code null}
 * @param phoneE164 the phone number in E.164 form (e.g. {@code +33669437591}), or {@code null} when absent or invalid
 * @param city the city, or {@code null}
 * @param country ISO 3166-1 alpha-2 country code (e.g. {@code FR}), or {@code null}
 * @param links profile links (LinkedIn, GitHub, personal site...)
 * @param provenance where each field was found, keyed by field name ({@code fullName}, {@code email}...)
 *     (iterated in field-name order, so that the JSON of a result is the same from run to run)
 */
public record Contact(String fullName, String headline, String email, String phone, String phoneE164, String city,
        String country, List<ProfileLink> links, Map<String, Provenance> provenance) {

    /**
     * Copies collections.
     *
     * @param fullName the name as printed (e.g. {@code "Clément GARNIER"}), or {@code null} when not found
     * @param headline the professional title printed under the name, or {@code null}
     * @param email the e-mail address, lower-cased, or {@code null}
     * @param phone the phone number as printed, or {@code null}
     * @param phoneE164 the phone number in E.164 form (e.g. {@code +33669437591}), or {@code null} when absent or invalid
     * @param city the city, or {@code null}
     * @param country ISO 3166-1 alpha-2 country code (e.g. {@code FR}), or {@code null}
     * @param links profile links (LinkedIn, GitHub, personal site...)
     * @param provenance where each field was found, keyed by field name ({@code fullName}, {@code email}...)
     */
    public Contact {
        links = List.copyOf(links);
        provenance = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(provenance)));
    }
}
