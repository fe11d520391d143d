package dev.cvmatch.testing;

import com.fasterxml.jackson.databind.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.*;

/**
 * Renders JSON Resume gold files (the dev corpus) as "moderncv"-like PDFs, a layout the corpus lacks: dates in a
 * narrow margin column on the same row as each entry's title, section headings in the margin. An evaluation tool:
 * {@code java -cp <core test classpath> dev.cvmatch.testing.MarginDatesLayout GOLD_DIR OUT_DIR} writes
 * OUT_DIR/<id>.pdf and a copy of <id>.json, to parse and score with score_fields.py.
 */
public final class MarginDatesLayout {
    static PDType1Font REG = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static PDType1Font IT = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    PDDocument doc = new PDDocument(); PDPageContentStream cs; float y;
    static final String[] FR = {"janv.","févr.","mars","avr.","mai","juin","juil.","août","sept.","oct.","nov.","déc."};
    static final String[] EN = {"Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"};

    void page() throws IOException { if (cs != null) cs.close(); PDPage p = new PDPage(PDRectangle.A4); doc.addPage(p); cs = new PDPageContentStream(doc, p); y = 800; }
    void need(float h) throws IOException { if (y - h < 50) page(); }
    static String safe(PDType1Font f, String s) { StringBuilder b = new StringBuilder(); for (char c : s.toCharArray()) { try { f.encode(String.valueOf(c)); b.append(c); } catch (Exception e) { b.append(c=='\u2011'?'-':' '); } } return b.toString(); }
    void text(PDType1Font f, float size, float x, float yy, String s) throws IOException { cs.beginText(); cs.setFont(f, size); cs.newLineAtOffset(x, yy); cs.showText(safe(f, s)); cs.endText(); }
    List<String> wrap(PDType1Font f, float size, String s, float width) throws IOException { List<String> out = new ArrayList<>(); StringBuilder line = new StringBuilder(); for (String w : s.split(" ")) { String t = line.length()==0 ? w : line + " " + w; if (f.getStringWidth(safe(f,t))/1000*size > width && line.length()>0) { out.add(line.toString()); line = new StringBuilder(w);} else { line = new StringBuilder(t);} } if (line.length()>0) out.add(line.toString()); return out; }
    void heading(String t) throws IOException { need(40); y -= 14; text(BOLD, 12, 50, y, t); cs.moveTo(150, y+3); cs.lineTo(545, y+3); cs.stroke(); y -= 16; }
    String d(String s, boolean fr) { if (s == null) return fr ? "aujourd'hui" : "Present"; if (s.length()==4) return s; int m = Integer.parseInt(s.substring(5)); return (fr?FR:EN)[m-1] + " " + s.substring(0,4); }
    void entry(String dates, String first, String second, List<String> bullets) throws IOException {
        need(40); text(IT, 9, 50, y, dates); text(BOLD, 10, 150, y, first); y -= 13;
        if (second != null) { text(IT, 10, 150, y, second); y -= 13; }
        for (String b : bullets) for (String l : wrap(REG, 9.5f, "\u2022 " + b, 390)) { need(12); text(REG, 9.5f, 155, y, l); y -= 12; }
        y -= 6;
    }
    void render(JsonNode g, Path out) throws IOException {
        boolean fr = "fr".equals(g.path("meta").path("lang").asText()); JsonNode b = g.path("basics");
        page(); text(BOLD, 22, 50, y, b.path("name").asText()); y -= 20;
        if (b.has("label")) { text(REG, 12, 50, y, b.path("label").asText()); y -= 16; }
        List<String> c = new ArrayList<>(); for (String k : new String[]{"email","phone"}) if (b.has(k)) c.add(b.path(k).asText());
        if (b.path("location").has("city")) c.add(b.path("location").path("city").asText());
        text(REG, 9.5f, 50, y, String.join("  |  ", c)); y -= 18;
        if (b.has("summary")) { for (String l : wrap(REG, 10, b.path("summary").asText(), 495)) { text(REG, 10, 50, y, l); y -= 13; } }
        heading(fr ? "Expérience professionnelle" : "Experience");
        for (JsonNode w : g.path("work")) {
            List<String> hs = new ArrayList<>(); w.path("highlights").forEach(h -> hs.add(h.asText()));
            String sd = w.has("startDate") ? d(w.path("startDate").asText(), fr) : ""; String ed = d(w.has("endDate") ? w.path("endDate").asText() : null, fr);
            entry(sd + " – " + ed, w.path("position").asText(), w.path("name").asText() + (w.has("location") ? ", " + w.path("location").asText() : ""), hs);
        }
        heading(fr ? "Formation" : "Education");
        for (JsonNode e : g.path("education")) {
            String s = e.path("startDate").asText(""), en = e.path("endDate").asText("");
            String dates = !s.isEmpty() && !en.isEmpty() ? s + " – " + en : (en.isEmpty() ? s : en);
            entry(dates, e.path("studyType").asText() + (e.has("area") ? ", " + e.path("area").asText() : ""), e.path("institution").asText(), List.of());
        }
        heading(fr ? "Compétences" : "Skills");
        for (JsonNode s : g.path("skills")) { List<String> k = new ArrayList<>(); s.path("keywords").forEach(x -> k.add(x.asText()));
            for (String l : wrap(REG, 9.5f, String.join(", ", k), 390)) { need(12); text(BOLD, 9.5f, 50, y, ""); text(REG, 9.5f, 150, y, l); y -= 12; } }
        if (g.path("languages").size() > 0) { heading(fr ? "Langues" : "Languages");
            for (JsonNode l : g.path("languages")) { need(12); text(BOLD, 9.5f, 50, y, l.path("language").asText()); text(REG, 9.5f, 150, y, l.path("fluency").asText()); y -= 12; } }
        if (g.path("certificates").size() > 0) { heading("Certifications");
            for (JsonNode c2 : g.path("certificates")) { need(12); text(IT, 9, 50, y, c2.path("date").asText("").length() >= 4 ? c2.path("date").asText().substring(0,4) : ""); text(REG, 9.5f, 150, y, c2.path("name").asText() + (c2.has("issuer") ? ", " + c2.path("issuer").asText() : "")); y -= 12; } }
        cs.close(); doc.save(out.toFile()); doc.close();
    }
    public static void main(String[] a) throws Exception {
        ObjectMapper m = new ObjectMapper(); Path out = Path.of(a[1]); Files.createDirectories(out);
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of(a[0]), "*.json")) {
            for (Path p : ds) { String id = p.getFileName().toString().replace(".json", ""); new MarginDatesLayout().render(m.readTree(p.toFile()), out.resolve(id + ".pdf")); Files.copy(p, out.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING); }
        }
    }
}
