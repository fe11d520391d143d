package dev.cvmatch.internal.parse;

import dev.cvmatch.cv.Education;
import dev.cvmatch.cv.EducationLevel;
import dev.cvmatch.cv.PartialDate;
import dev.cvmatch.cv.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads degrees from education sections. Lines are grouped into entries so that each entry has at most one degree,
 * one institution and one date; a degree part is recognised from degree words, an institution from school words,
 * the field of study from "in/en" or the part following the degree. Internal.
 */
final class EducationExtractor {

    private static final Pattern INSTITUTION = Pattern.compile("(?i)\\b(?:universit\\w*|univ\\.?|school|[ée]cole|"
            + "college|coll[èe]ge|institut\\w*|iut|ifsi|lyc[ée]e|academ\\w*|polytech\\w*|insa|epita|epitech|essec|"
            + "hec|escp|edhec|em ?lyon|neoma|kedge|skema|audencia|iae|sciences ?po|sorbonne|cnam|centrale|mines|"
            + "t[ée]l[ée]com|ens\\w*|esc|facult\\w*|conservatoire|campus|cfa|afpa|greta|openclassrooms|"
            + "le wagon|ironhack|business school|imt|isep|esiee|efrei|ece|utc|mit|ucl|lse)\\b");
    private static final Pattern FIELD_SPLIT = Pattern.compile("\\s+(?:in|en|on|of science in|option|"
            + "sp[ée]cialit[ée])\\s+");

    private final EntryHeads heads = new EntryHeads();

    List<Education> extract(List<CvLine> lines) {
        List<List<CvLine>> entries = new ArrayList<>();
        List<CvLine> current = new ArrayList<>();
        boolean deg = false;
        boolean inst = false;
        boolean date = false;
        for (CvLine line : lines) {
            boolean head = heads.isHeadLike(line) || Texts.words(line.text) <= 14 && !line.bullet;
            if (!head) {
                current.add(line);
                continue;
            }
            boolean lDeg = Degrees.find(line.text) != null && Degrees.find(line.text).level() != null
                    || Degrees.find(line.text) != null && !deg;
            boolean lInst = INSTITUTION.matcher(line.text).find();
            Dates.Found d = dateOf(line);
            boolean lDate = d != null;
            boolean split = !current.isEmpty() && (lDeg && deg || lInst && inst && !lDeg && !lDate || lDate && date
                    || line.gapBefore && (deg || inst) && (lDeg || lInst || lDate));
            if (split) {
                entries.add(current);
                current = new ArrayList<>();
                deg = false;
                inst = false;
                date = false;
            }
            current.add(line);
            deg |= lDeg;
            inst |= lInst;
            date |= lDate;
        }
        if (!current.isEmpty()) {
            entries.add(current);
        }
        List<Education> result = new ArrayList<>();
        for (List<CvLine> entry : entries) {
            Education e = entry(entry);
            if (e != null) {
                result.add(e);
            }
        }
        return result;
    }

    private static Dates.Found dateOf(CvLine line) {
        Dates.Found d = Dates.range(line.text);
        if (d == null) {
            d = Dates.any(line.text);
            if (d != null && !EntryHeads.dateAtEdge(line.text, d)) {
                d = null;
            }
        }
        return d;
    }

    private Education entry(List<CvLine> lines) {
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Dates.Found date = null;
        CvLine dateLine = null;
        List<EntryHeads.Part> parts = new ArrayList<>();
        for (CvLine line : lines) {
            if (line.bullet || Texts.words(line.text) > 14) {
                continue;
            }
            Dates.Found d = date == null ? dateOf(line) : null;
            if (d != null) {
                date = d;
                dateLine = line;
                for (Parts.Part p : Parts.split(line, d.from(), d.to())) {
                    parts.add(new EntryHeads.Part(p.text(), p.line(), p.from(), p.to(), p.parenthesized()));
                }
            } else {
                for (Parts.Part p : Parts.split(line, -1, -1)) {
                    parts.add(new EntryHeads.Part(p.text(), p.line(), p.from(), p.to(), p.parenthesized()));
                }
            }
        }
        EntryHeads.Part degreePart = null;
        Degrees.Found degree = null;
        for (EntryHeads.Part p : parts) {
            Degrees.Found f = Degrees.find(p.text());
            if (f != null && (degree == null || degree.level() == null && f.level() != null)) {
                degree = f;
                degreePart = p;
            }
        }
        EntryHeads.Part institution = null;
        for (EntryHeads.Part p : parts) {
            if (p != degreePart && INSTITUTION.matcher(p.text()).find() && !p.parenthesized()) {
                institution = p;
                break;
            }
        }
        String degreeText = null;
        String field = null;
        if (degreePart != null) {
            degreeText = degreePart.text();
            Matcher m = FIELD_SPLIT.matcher(degreeText);
            if (m.find() && m.start() >= degree.to() - 1) {
                field = Texts.clean(degreeText.substring(m.end()));
                degreeText = Texts.clean(degreeText.substring(0, m.start()));
            }
            provenance.put("degree", degreePart.line().find(degreeText, 0.85));
        }
        // the parts left: the first after the degree is the field, then the institution if still unknown
        int start = degreePart == null ? 0 : parts.indexOf(degreePart) + 1;
        for (int i = start; i < parts.size(); i++) {
            EntryHeads.Part p = parts.get(i);
            if (p == institution || heads.isLocation(p.text(), p.parenthesized())
                    || p.parenthesized() && p.text().length() <= 6) {
                continue;
            }
            if (field == null && degreePart != null && p.line() == degreePart.line()
                    && (institution != null || i + 1 < parts.size())) {
                field = p.text();
            } else if (institution == null) {
                institution = p;
            }
        }
        if (institution == null && degreePart == null) {
            for (EntryHeads.Part p : parts) {
                if (!heads.isLocation(p.text(), p.parenthesized())) {
                    institution = p;
                    break;
                }
            }
        }
        if (degreePart == null && institution == null) {
            return null;
        }
        if (institution != null) {
            provenance.put("institution", institution.line().span(institution.from(), institution.to(), 0.8));
        }
        if (field != null && degreePart != null) {
            provenance.put("fieldOfStudy", degreePart.line().find(field, 0.6));
        }
        PartialDate startDate = null;
        PartialDate endDate = null;
        if (date != null) {
            if (date.range()) {
                startDate = date.start();
                endDate = date.current() ? null : date.end();
            } else {
                endDate = date.start();
            }
            provenance.put("dates", dateLine.span(date.from(), date.to(), 0.9));
        }
        provenance.put("entry", CvLine.cover(lines, 0.85));
        EducationLevel level = degreeText == null ? null : Degrees.level(degreePart.text());
        return new Education(institution == null ? null : institution.text(), degreeText, level, field, startDate,
                endDate, provenance);
    }
}
