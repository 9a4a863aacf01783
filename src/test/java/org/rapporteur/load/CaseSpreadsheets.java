package org.rapporteur.load;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.FrameworkLoader;
import org.rapporteur.framework.KeyQuestion;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.Answer;
import org.rapporteur.model.CaseAnswer;
import org.rapporteur.model.InspectedCase;
import org.rapporteur.model.Report;
import org.rapporteur.source.Diagnostics;
import org.rapporteur.source.SourcePosition;

/** Writes spreadsheets for the import tests: the example's cases exported, or small hand-made sheets. */
final class CaseSpreadsheets {

    private CaseSpreadsheets() {
    }

    static Report report(Path dir) {
        Diagnostics d = new Diagnostics();
        Report r = ReportLoader.load(dir, d).orElseThrow();
        if (d.hasErrors()) {
            throw new AssertionError(d.all());
        }
        return r;
    }

    static Framework framework(Report report) {
        return FrameworkLoader.load(report.metadata().framework(), SourcePosition.startOf(report.dir()),
                new Diagnostics()).orElseThrow();
    }

    /** The key questions answered by cases of a type, in framework order. */
    static List<KeyQuestion> questions(Framework fw, String type) {
        List<KeyQuestion> list = new ArrayList<>();
        for (Standard s : fw.standards()) {
            if (s.ratedFromCases() && type.equals(s.caseType())) {
                list.addAll(s.keyQuestions());
            }
        }
        return list;
    }

    static String word(Answer a) {
        return switch (a) {
            case YES -> "yes";
            case NO -> "no";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    static String letter(Answer a) {
        return switch (a) {
            case YES -> "Y";
            case NO -> "N";
            case NOT_APPLICABLE -> "-";
        };
    }

    /**
     * The example's cases as a workbook an inspector might keep: an instructions sheet first, then one sheet per
     * case type, headers in several accepted styles, key-question answers as Excel TRUE/FALSE, "No" and "N/A".
     */
    static void exportWorkbook(Report report, Framework fw, Path file) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet help = wb.createSheet("Instructions");
            help.createRow(0).createCell(0).setCellValue("One row per case; answer yes, no or n/a.");
            help.createRow(1).createCell(0).setCellValue("Prompts: Y, N or -.");
            Map<String, String> sheetNames = Map.of("court", "Court", "out-of-court", "Out of court",
                    "resettlement", "Resettlement");
            for (String type : List.of("court", "out-of-court", "resettlement")) {
                Sheet sheet = wb.createSheet(sheetNames.get(type));
                List<KeyQuestion> kqs = questions(fw, type);
                Row header = sheet.createRow(0);
                List<String> headers = new ArrayList<>(List.of("ID", "Type", "Disposal", "# notes"));
                for (KeyQuestion k : kqs) {
                    headers.add(k.id() + "\n" + k.text());
                    for (var p : k.prompts()) {
                        headers.add(type.equals("court") ? k.id() + " " + p.letter() + ")" : k.id() + p.letter());
                    }
                }
                for (int i = 0; i < headers.size(); i++) {
                    header.createCell(i).setCellValue(headers.get(i));
                }
                int r = 1;
                for (InspectedCase c : report.casesOfType(type)) {
                    Row row = sheet.createRow(r++);
                    int col = 0;
                    row.createCell(col++).setCellValue(c.id());
                    row.createCell(col++).setCellValue(type.equals("out-of-court") ? "Out of court" : type);
                    row.createCell(col++).setCellValue(c.disposal());
                    row.createCell(col++).setCellValue("checked by IF");
                    for (KeyQuestion k : kqs) {
                        CaseAnswer a = c.answer(k.id()).orElseThrow();
                        Cell cell = row.createCell(col++);
                        switch (a.answer()) {
                            case YES -> cell.setCellValue(true);
                            case NO -> cell.setCellValue("No");
                            case NOT_APPLICABLE -> cell.setCellValue("N/A");
                        }
                        for (int i = 0; i < k.prompts().size(); i++) {
                            Cell pc = row.createCell(col++);
                            if (!a.prompts().isEmpty()) {
                                pc.setCellValue(letter(a.prompts().get(i)));
                            }
                        }
                    }
                }
                if (type.equals("court")) { // a totals row, marked as notes by its '#'
                    sheet.createRow(r + 1).createCell(0).setCellValue("# totals");
                    sheet.getRow(r + 1).createCell(4).setCellFormula("COUNTIF(E2:E" + r + ",TRUE)");
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every case in one table with a type column, columns for every key question and prompt, as CSV text. */
    static String exportCsv(Report report, Framework fw, char delimiter) {
        List<String> types = List.of("court", "out-of-court", "resettlement");
        List<KeyQuestion> kqs = new ArrayList<>();
        types.forEach(t -> kqs.addAll(questions(fw, t)));
        List<String> headers = new ArrayList<>(List.of("id", "type", "disposal"));
        for (KeyQuestion k : kqs) {
            headers.add(k.id());
            k.prompts().forEach(p -> headers.add(k.id() + p.letter()));
        }
        StringWriter w = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            printer.printRecord(headers);
            for (InspectedCase c : report.cases()) {
                List<String> row = new ArrayList<>(List.of(c.id(), c.type(), c.disposal()));
                for (KeyQuestion k : kqs) {
                    var a = c.answer(k.id());
                    row.add(a.map(x -> word(x.answer())).orElse(""));
                    for (int i = 0; i < k.prompts().size(); i++) {
                        int index = i;
                        row.add(a.filter(x -> !x.prompts().isEmpty()).map(x -> letter(x.prompts().get(index)))
                                .orElse(""));
                    }
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** A workbook with the given sheets, each a list of rows of cells (null for blank; Boolean for TRUE/FALSE). */
    static void workbook(Path file, Map<String, List<List<Object>>> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            for (var e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<Object> cells : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Boolean b) {
                            row.createCell(c).setCellValue(b);
                        } else if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header of a court sheet with every key question and its prompts ("2.1.1", "2.1.1a" ...). */
    static List<Object> courtHeader(Framework fw) {
        List<Object> h = new ArrayList<>(List.of("id", "type", "disposal"));
        for (KeyQuestion k : questions(fw, "court")) {
            h.add(k.id());
            k.prompts().forEach(p -> h.add(k.id() + p.letter()));
        }
        return h;
    }

    /** A court row answering yes to everything (prompts all Y), with cells changed by {@code change}. */
    static List<Object> courtRow(Framework fw, String id, Function<String, Object> change) {
        List<Object> row = new ArrayList<>(List.of(id, "court", "Referral order"));
        for (KeyQuestion k : questions(fw, "court")) {
            row.add(change.apply(k.id()) != null ? change.apply(k.id()) : "yes");
            for (var p : k.prompts()) {
                Object v = change.apply(k.id() + p.letter());
                row.add(v != null ? v : "Y");
            }
        }
        return row;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
