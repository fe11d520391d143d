package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.SectionType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the parser relies on, loaded once from {@code dev/cvmatch/internal/parse/*.txt} and shared by all
 * threads (immutable after loading). Internal.
 */
public final class Lexicons {

    /** A language known by name. */
    public record Language(String code, String englishName) {
    }

    /** A city with its country. */
    public record City(String name, String country) {
    }

    private static final Lexicons INSTANCE = new Lexicons();

    /** Folded heading -> section type. */
    final Map<String, SectionType> headings;
    /** The headings with repeated letters cut to one, for misspelt headings; keys shared by two types left out. */
    private final Map<String, SectionType> singleLetterHeadings;
    /** Words of section headings and contact labels, folded: never part of a person's name. */
    final Set<String> headingWords;
    /** Longest heading in words. */
    final int maxHeadingWords;
    /** Folded language name -> language. */
    final Map<String, Language> languages;
    /** Multi-word language names, folded, longest first ("langue des signes francaise"). */
    final List<String> languagePhrases;
    /** Folded country name -> ISO code. */
    final Map<String, String> countries;
    /** ISO code -> English country name. */
    final Map<String, String> countryNames;
    /** Folded city -> city. */
    final Map<String, City> cities;
    /** Folded region (state, province) name -> ISO country code. */
    final Map<String, String> regions;
    /** Region abbreviation ("TX", "QC", "NSW") -> ISO country code of its first listing. */
    final Map<String, String> regionCodes;
    /** Folded words marking job titles. */
    final Set<String> titleWords;
    /** Folded words marking organisations. */
    final Set<String> orgWords;

    private Lexicons() {
        Map<String, SectionType> h = new HashMap<>();
        int max = 0;
        for (String[] row : rows("section-headings.txt")) {
            String key = Texts.fold(row[1]);
            h.put(key, SectionType.valueOf(row[0]));
            h.put(key.replace(" ", ""), SectionType.valueOf(row[0]));
            max = Math.max(max, key.split(" ").length);
        }
        headings = Collections.unmodifiableMap(h);
        Map<String, SectionType> single = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (Map.Entry<String, SectionType> e : h.entrySet()) {
            String key = singleLetters(e.getKey());
            SectionType before = single.putIfAbsent(key, e.getValue());
            if (before != null && before != e.getValue()) {
                clashes.add(key);
            }
        }
        single.keySet().removeAll(clashes);
        singleLetterHeadings = Collections.unmodifiableMap(single);
        Set<String> hw = new HashSet<>(Set.of("address", "adresse", "phone", "telephone", "mobile", "number", "email",
                "mail", "name", "nom", "prenom", "your", "applicant", "candidate", "candidat", "contents", "information",
                "informations", "details", "home", "date", "birth", "naissance", "nationality", "nationalite",
                "summary", "responsibility", "responsibilities", "excellence", "areas", "personal", "additional",
                "key", "core", "technical", "professional", "qualifications", "qualification", "profile",
                "objective", "committee", "skills", "competences", "page"));
        for (String key : h.keySet()) {
            for (String word : key.split(" ")) {
                if (word.length() > 3) {
                    hw.add(word);
                }
            }
        }
        headingWords = Collections.unmodifiableSet(hw);
        maxHeadingWords = max;

        Map<String, Language> l = new HashMap<>();
        for (String[] row : rows("languages.txt")) {
            Language language = new Language(row[0], row[1]);
            l.put(Texts.fold(row[1]), language);
            for (String alias : row[2].split(",")) {
                l.put(Texts.fold(alias), language);
            }
        }
        languages = Collections.unmodifiableMap(l);
        List<String> phrases = new ArrayList<>();
        for (String key : l.keySet()) {
            if (key.indexOf(' ') > 0) {
                phrases.add(key);
            }
        }
        phrases.sort((a, b) -> b.length() - a.length());
        languagePhrases = List.copyOf(phrases);

        Map<String, String> c = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (String[] row : rows("countries.txt")) {
            String[] aliases = row[1].split(",");
            names.put(row[0], aliases[0]);
            for (String alias : aliases) {
                c.put(Texts.fold(alias), row[0]);
            }
        }
        countries = Collections.unmodifiableMap(c);
        countryNames = Collections.unmodifiableMap(names);

        Map<String, City> ci = new HashMap<>();
        for (String[] row : rows("cities.txt")) {
            ci.putIfAbsent(Texts.fold(row[0]), new City(row[0], row[1]));
        }
        cities = Collections.unmodifiableMap(ci);
        Map<String, String> r = new HashMap<>();
        Map<String, String> rc = new HashMap<>();
        for (String[] row : rows("regions.txt")) {
            r.putIfAbsent(Texts.fold(row[0]), row[2]);
            if (!row[1].equals("-")) {
                rc.putIfAbsent(row[1], row[2]);
            }
        }
        regions = Collections.unmodifiableMap(r);
        regionCodes = Collections.unmodifiableMap(rc);
        titleWords = words("title-words.txt");
        orgWords = words("org-words.txt");
    }

    /**
     * The shared instance.
     *
     * @return the lexicons
     */
    public static Lexicons get() {
        return INSTANCE;
    }

    /**
     * The section type of a folded heading text.
     *
     * @param folded the heading, folded with {@link Texts#fold}
     * @return the type, or {@code null}
     */
    public SectionType heading(String folded) {
        SectionType type = headings.get(folded);
        if (type == null && folded.length() >= 10) {
            // "PROFESSIONNAL EXPERIENCE", "ADRESSE PROFESIONNELLE": a doubled or undoubled letter, the commonest
            // misspelling of headings (French and English double different consonants)
            type = singleLetterHeadings.get(singleLetters(folded));
        }
        return type;
    }

    /** A text with every run of one repeated letter cut to one letter ("professionnal" -> "profesional"). */
    static String singleLetters(String folded) {
        StringBuilder b = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (i == 0 || c != folded.charAt(i - 1) || !Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A language by name (English or French, any case or accents).
     *
     * @param name the name
     * @return the language, or {@code null}
     */
    public Language language(String name) {
        return languages.get(Texts.fold(name));
    }

    /**
     * A country code by name.
     *
     * @param name the name (English or French)
     * @return the ISO code, or {@code null}
     */
    public String country(String name) {
        return countries.get(Texts.fold(name));
    }

    /**
     * A country printed as its ISO code after a city ("Paris, FR", "Austin, US"): the code, or {@code null}. Codes
     * that are also common words or abbreviations in CVs (IT, IN, NO, AT) are not read as countries.
     *
     * @param text the text, exactly two capital letters
     * @return the ISO code, or {@code null}
     */
    public String countryCode(String text) {
        String t = text.strip();
        if (t.length() != 2 || !Texts.isAllCaps(t) || "IT IN NO AT".contains(t)) {
            return null;
        }
        return countryNames.containsKey(t) ? t : null;
    }

    /**
     * A known city by name.
     *
     * @param name the name
     * @return the city, or {@code null}
     */
    public City city(String name) {
        return cities.get(Texts.fold(name));
    }

    /**
     * The country of a region printed after a city: a state, province or region by name ("Karnataka",
     * "Auvergne-Rhône-Alpes") or by its abbreviation in capitals, optionally followed by a postal code ("TX",
     * "VA 22901", "NSW 2000"). Only meaningful after a city and a comma: alone, "IN", "OR" or "ME" are words.
     *
     * @param text the text after the comma
     * @return the ISO country code, or {@code null}
     */
    public String regionAfterCity(String text) {
        String t = text.strip();
        String byName = regions.get(Texts.fold(t));
        if (byName != null) {
            return byName;
        }
        java.util.regex.Matcher m = REGION_CODE.matcher(t);
        return m.matches() ? regionCodes.get(m.group(1)) : null;
    }

    private static final java.util.regex.Pattern REGION_CODE = java.util.regex.Pattern.compile(
            "([A-Z]{2,4})(?:\\s+[0-9][0-9A-Z\\- ]{2,9})?");

    /** Region abbreviations that are also words, degrees or titles in CVs ("IN", "MA", "MS", "MD", "CO"). */
    private static final Set<String> AMBIGUOUS_REGION_CODES = Set.of("IN", "OR", "ME", "HI", "OK", "DE", "CO",
            "MA", "LA", "AL", "MS", "ID", "MD", "PA", "SA", "ACT", "NT", "AS", "GA", "UP", "CH", "BE", "ST", "HR",
            "IT", "UK", "AP", "SK", "TS", "PE", "NS", "ON", "BC", "DC");

    /**
     * A region abbreviation standing alone as a part of an entry's head ("ABC Corp, Somewhere, NJ"): its ISO
     * country code, or {@code null}; abbreviations that are also common words or degrees are not read.
     *
     * @param text the text, two to four capitals
     * @return the ISO country code, or {@code null}
     */
    public String regionCode(String text) {
        String t = text.strip();
        return t.length() < 2 || t.length() > 4 || !Texts.isAllCaps(t) || AMBIGUOUS_REGION_CODES.contains(t)
                ? null : regionCodes.get(t);
    }

    /**
     * A region by its full name ("Karnataka", "Texas", "Île-de-France"): its ISO country code, or {@code null}.
     *
     * @param name the name
     * @return the ISO country code, or {@code null}
     */
    public String region(String name) {
        return regions.get(Texts.fold(name));
    }

    private static Set<String> words(String resource) {
        Set<String> set = new HashSet<>();
        for (String[] row : rows(resource)) {
            set.add(Texts.fold(row[0]));
        }
        return Collections.unmodifiableSet(set);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
