package dev.cvmatch.internal.skill;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 CSV reader (quoted fields may hold commas, quotes and new lines). Internal. */
public final class CsvReader {

    private CsvReader() {
    }

    /**
     * A list field of the taxonomy files: values separated by {@code |}, trimmed, blanks dropped.
     *
     * @param field the field, or {@code null}
     * @return the values (empty for a null or empty field)
     */
    public static List<String> splitList(String field) {
        if (field == null || field.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.trim());
            }
        }
        return out;
    }

    /**
     * Reads a CSV with a header row into maps from column name to value.
     *
     * @param reader the CSV; not closed
     * @return the rows
     * @throws IOException if reading fails
     */
    public static List<Map<String, String>> read(Reader reader) throws IOException {
        List<List<String>> records = records(reader);
        List<Map<String, String>> rows = new ArrayList<>();
        if (records.isEmpty()) {
            return rows;
        }
        List<String> header = records.get(0);
        if (!header.isEmpty() && !header.get(0).isEmpty() && header.get(0).charAt(0) == '\uFEFF') {
            header.set(0, header.get(0).substring(1));
        }
        for (int r = 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size() && c < record.size(); c++) {
                row.put(header.get(c).trim(), record.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> records(Reader reader) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        int n;
        while ((n = reader.read(buffer)) >= 0) {
            all.append(buffer, 0, n);
        }
        String text = all.toString();
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = text.length();
        boolean atFieldStart = true;
        while (i < length) {
            char ch = text.charAt(i);
            if (atFieldStart && ch == '"') {
                i++;
                while (i < length) {
                    char q = text.charAt(i);
                    if (q == '"') {
                        if (i + 1 < length && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.append(q);
                    i++;
                }
                atFieldStart = false;
                continue;
            }
            if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                atFieldStart = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                atFieldStart = true;
            } else {
                field.append(ch);
                atFieldStart = false;
            }
            i++;
        }
        if (!atFieldStart || field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }
}
