package org.rapporteur.load.sheet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.framework.CaseType;
import org.rapporteur.framework.Framework;
import org.rapporteur.framework.KeyQuestion;
import org.rapporteur.framework.Standard;
import org.rapporteur.model.Answer;
import org.rapporteur.source.Printable;
import org.rapporteur.source.Suggestions;

/**
 * Turns case sheets into cases, checking every header against the framework and every cell against the case's
 * type. The layout: a header row naming the columns {@code id}, {@code type}, {@code disposal}, then one column
 * per key question ({@code 2.1.1}) and one per prompt ({@code 2.1.1a}, {@code 2.1.1 a)} ...); one row per case.
 * Every problem is reported, located by sheet, row and column.
 */
public final class CaseSheets {

    /** A case's answer to one key question, with its prompts in letter order (empty when not recorded). */
    public record Answered(Answer answer, List<Answer> prompts) {
        public Answered {
            prompts = List.copyOf(prompts);
        }
    }

    /** One case read from a row; answers in the framework's order. {@code where} is its row. */
    public record ImportedCase(String id, String type, String disposal, Map<String, Answered> answers,
                               String sheet, String where) {
        public ImportedCase {
            answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        }
    }

    /** The case sheets read: the cases, which sheets were read and notes about those skipped. */
    public record Result(List<ImportedCase> cases, List<String> sheetsRead, List<String> notes) {
    }

    enum Role {
        ID, TYPE, DISPOSAL, KEY_QUESTION, PROMPT
    }

    /** A header as written, understood without the framework: its role, key question id and prompt letter. */
    record Header(Role role, String keyQuestion, char letter) {
    }

    private record Column(int index, String header, Role role, String keyQuestion, int prompt) {
    }

    /** The longest case id, in characters: ids are short codes. */
    static final int MAX_ID_LENGTH = 100;
    /** The longest disposal, in characters: a disposal is the name of an order or caution. */
    static final int MAX_DISPOSAL_LENGTH = 200;

    private static final Pattern KEY_QUESTION = Pattern.compile("(\\d+(?:\\.\\d+)+)");
    private static final Pattern PROMPT = Pattern.compile(
            "(\\d+(?:\\.\\d+)+)\\s*\\.?\\s*(?:\\(\\s*([a-z])\\s*\\)|([a-z])\\s*\\)?)");

    private final Framework framework;
    private final String typeOption;
    private final ImportProblems problems;
    /** Key questions answered from cases, in the framework's order, with their standards. */
    private final Map<String, Standard> caseQuestions = new LinkedHashMap<>();
    private final List<String> columnNames = new ArrayList<>();
    private final Map<String, String> seenIds = new HashMap<>();
    private final List<ImportedCase> cases = new ArrayList<>();

    private CaseSheets(Framework framework, String typeOption, ImportProblems problems) {
        this.framework = framework;
        this.typeOption = typeOption;
        this.problems = problems;
        columnNames.addAll(List.of("id", "type", "disposal"));
        for (Standard s : framework.standards()) {
            if (s.ratedFromCases()) {
                for (KeyQuestion k : s.keyQuestions()) {
                    caseQuestions.put(k.id(), s);
                    columnNames.add(k.id());
                    k.prompts().forEach(p -> columnNames.add(k.id() + p.letter()));
                }
            }
        }
    }

    /**
     * The cases in {@code tables}. When {@code chosen} (a named sheet, a .csv file or a workbook with one sheet)
     * every table is read as a case sheet; otherwise sheets whose first row names no case columns are skipped.
     */
    public static Result read(List<Table> tables, boolean chosen, Framework framework, String typeOption,
                              ImportProblems problems) {
        CaseSheets reader = new CaseSheets(framework, typeOption, problems);
        List<String> read = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean one = chosen || tables.size() == 1;
        for (Table t : tables) {
            if (t.rows().isEmpty()) {
                if (one) {
                    problems.error(t.whereSheet(), t.sheet() == null ? "the file has no rows" : "the sheet is empty",
                            "the first row names the columns (id, type, disposal, 2.1.1, 2.1.1a ...) and each"
                                    + " further row is one case");
                }
                continue;
            }
            if (!one && !namesCaseColumns(t.rows().get(0))) {
                notes.add("skipped sheet '" + t.sheet() + "': its first row names no case columns");
                continue;
            }
            read.add(t.sheet());
            reader.table(t);
        }
        if (!one && read.isEmpty() && !tables.isEmpty()) {
            problems.error(tables.get(0).file(), "no sheet of the workbook holds cases",
                    "the first row of the case sheet names the columns: id, type, disposal, 2.1.1, 2.1.1a ...;"
                            + " or name the sheet with --sheet");
        }
        return new Result(List.copyOf(reader.cases), read, notes);
    }

    private static boolean namesCaseColumns(Table.Row header) {
        return header.cells().values().stream().anyMatch(c -> parse(firstLine(c.text())) != null);
    }

    /** The role of a header (only its first line counts), or null when it names no column Rapporteur knows. */
    static Header parse(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        switch (h) {
            case "id" -> {
                return new Header(Role.ID, null, ' ');
            }
            case "type" -> {
                return new Header(Role.TYPE, null, ' ');
            }
            case "disposal" -> {
                return new Header(Role.DISPOSAL, null, ' ');
            }
            default -> {
                // not a fixed column
            }
        }
        if (KEY_QUESTION.matcher(h).matches()) {
            return new Header(Role.KEY_QUESTION, h, ' ');
        }
        Matcher m = PROMPT.matcher(h);
        if (m.matches()) {
            String letter = m.group(2) != null ? m.group(2) : m.group(3);
            return new Header(Role.PROMPT, m.group(1), letter.charAt(0));
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ one sheet

    private void table(Table t) {
        Table.Row headerRow = t.rows().get(0);
        int hr = headerRow.number();
        Map<String, Column> byKey = new HashMap<>();
        Set<Integer> headed = new TreeSet<>();
        Set<Integer> ignored = new TreeSet<>();
        for (Table.Cell cell : headerRow.cells().values()) {
            headed.add(cell.column());
            String text = firstLine(cell.text());
            if (text.startsWith("#")) {
                ignored.add(cell.column());
                continue;
            }
            column(t, hr, cell.column(), text).ifPresent(c -> {
                String key = c.role() == Role.KEY_QUESTION ? c.keyQuestion()
                        : c.role() == Role.PROMPT ? c.keyQuestion() + (char) ('a' + c.prompt()) : c.role().name();
                Column earlier = byKey.putIfAbsent(key, c);
                if (earlier != null) {
                    problems.error(t.where(hr, c.index(), text), "column " + Table.columnLetters(earlier.index())
                            + " already has this header", "keep one column for each key question and prompt");
                }
            });
        }
        List<Table.Row> rows = t.rows().subList(1, t.rows().size());
        Set<Integer> unheaded = new TreeSet<>();
        rows.forEach(r -> r.cells().keySet().stream().filter(c -> !headed.contains(c)).forEach(unheaded::add));
        for (int c : unheaded) {
            problems.error(t.where(hr, c, null), "this column has entries but no header",
                    "head it with a key question or prompt (e.g. 2.1.1 or 2.1.1a), start the header with # to keep"
                            + " it as notes, or delete the column");
        }
        ignored.addAll(unheaded);

        Column id = byKey.get(Role.ID.name());
        Column type = byKey.get(Role.TYPE.name());
        Column disposal = byKey.get(Role.DISPOSAL.name());
        if (id == null) {
            problems.error(t.where(hr), "no 'id' column", "add a column headed id, giving each case's id");
        }
        if (type == null && typeOption == null) {
            problems.error(t.where(hr), "no 'type' column", "add a column headed type (" + caseTypeList()
                    + "), or give --type when every case is of one type");
        }

        // key questions with columns, in the framework's order, and their prompt columns in letter order
        Map<String, Column> questions = new LinkedHashMap<>();
        Map<String, List<Column>> prompts = new LinkedHashMap<>();
        Set<String> incomplete = new LinkedHashSet<>();
        for (String kq : caseQuestions.keySet()) {
            Column q = byKey.get(kq);
            KeyQuestion k = framework.keyQuestions().get(kq);
            List<Column> ps = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < k.prompts().size(); i++) {
                Column p = byKey.get(kq + (char) ('a' + i));
                if (p != null) {
                    ps.add(p);
                } else {
                    missing.add(k.prompts().get(i).letter());
                }
            }
            if (q == null && ps.isEmpty()) {
                continue;
            }
            questions.put(kq, q);
            prompts.put(kq, ps);
            if (q == null) {
                Column first = ps.get(0);
                problems.error(t.where(hr, first.index(), first.header()), "there are columns for the prompts of "
                        + kq + " but none for the key question itself", "add a column headed " + kq);
                incomplete.add(kq);
            } else if (!ps.isEmpty() && !missing.isEmpty()) {
                problems.error(t.where(hr, q.index(), q.header()), (missing.size() == 1 ? "no column for prompt "
                        : "no columns for prompts ") + String.join(", ", missing.stream().map(l -> kq + l).toList()),
                        "give a column to every prompt of " + kq + " (" + letterRange(k) + "), or to none");
                incomplete.add(kq);
            }
        }

        Set<String> typesSeen = new LinkedHashSet<>();
        for (Table.Row r : rows) {
            if (r.cells().keySet().stream().allMatch(ignored::contains)) {
                continue; // notes only
            }
            Table.Cell idCell = id == null ? null : r.cell(id.index());
            if (idCell != null && idCell.text().startsWith("#")) {
                continue; // a row of notes or totals
            }
            String caseId = caseId(t, r, id, idCell);
            String caseType = caseType(t, r, type);
            if (caseType != null) {
                typesSeen.add(caseType);
            }
            String disposalText = disposal == null ? null : disposal(t, r, disposal);
            Map<String, Answered> answers = new LinkedHashMap<>();
            List<Column> notAnswered = new ArrayList<>();
            for (Map.Entry<String, Column> e : questions.entrySet()) {
                answer(t, r, caseType, e.getKey(), e.getValue(), incomplete.contains(e.getKey()) ? List.of()
                        : prompts.get(e.getKey()), notAnswered).ifPresent(a -> answers.put(e.getKey(), a));
            }
            notAnswered(t, r, caseType, type, notAnswered);
            if (caseId != null && caseType != null) {
                cases.add(new ImportedCase(caseId, caseType, disposalText, answers, t.sheet(), t.where(r.number())));
            }
        }
        for (String caseType : typesSeen) {
            List<String> missing = new ArrayList<>();
            for (Map.Entry<String, Standard> e : caseQuestions.entrySet()) {
                if (caseType.equals(e.getValue().caseType()) && !questions.containsKey(e.getKey())) {
                    missing.add(e.getKey());
                }
            }
            if (missing.size() == 1) {
                problems.error(t.where(hr), "no column for key question " + missing.get(0) + ", which " + caseType
                        + " cases answer", "add a column headed " + missing.get(0));
            } else if (!missing.isEmpty()) {
                problems.error(t.where(hr), "no columns for key questions " + String.join(", ", missing)
                        + ", which " + caseType + " cases answer", "add a column headed with each, or put the "
                        + caseType + " cases on a sheet of their own");
            }
        }
    }

    /**
     * Cells answered for a case whose type does not answer their key questions: one problem for one cell, else
     * one for the row (a wrong type makes every such cell wrong, and one line says so better than fifty).
     */
    private void notAnswered(Table t, Table.Row r, String caseType, Column type, List<Column> cells) {
        if (cells.isEmpty()) {
            return;
        }
        if (cells.size() == 1) {
            Column c = cells.get(0);
            problems.error(t.where(r.number(), c.index(), c.header()), caseType + " cases do not answer "
                    + (c.role() == Role.PROMPT ? "the prompts of " : "") + "key question " + c.keyQuestion(),
                    "leave the cell blank: only " + caseQuestions.get(c.keyQuestion()).caseType()
                            + " cases answer it");
            return;
        }
        List<String> kqs = cells.stream().map(Column::keyQuestion).distinct().toList();
        String which = kqs.size() == 1 ? "key question " + kqs.get(0) : kqs.size() <= 4
                ? "key questions " + String.join(", ", kqs)
                : "key questions " + kqs.get(0) + " to " + kqs.get(kqs.size() - 1);
        String columns = Table.columnLetters(cells.get(0).index()) + " to "
                + Table.columnLetters(cells.get(cells.size() - 1).index());
        problems.error(t.where(r.number()) + ", columns " + columns, caseType + " cases do not answer " + which
                + ", but " + cells.size() + " of these cells are filled in", "leave them blank, or correct the"
                + " case's type" + (type == null ? "" : " (column " + Table.columnLetters(type.index()) + ")"));
    }

    /** The column a header names, or empty (with a problem) when the framework has no such column. */
    private Optional<Column> column(Table t, int hr, int index, String text) {
        Header h = parse(text);
        String where = t.where(hr, index, text);
        if (h == null) {
            String hint = Suggestions.didYouMean(text, columnNames);
            problems.error(where, "unknown column '" + text + "'", hint != null ? hint
                    : "columns are id, type, disposal, then key questions (2.1.1) and prompts (2.1.1a); start a"
                    + " header with # to keep a column of notes");
            return Optional.empty();
        }
        if (h.role() != Role.KEY_QUESTION && h.role() != Role.PROMPT) {
            return Optional.of(new Column(index, text, h.role(), null, -1));
        }
        String kq = h.keyQuestion();
        KeyQuestion k = framework.keyQuestions().get(kq);
        if (k == null) {
            problems.error(where, "framework " + framework.id() + " has no key question " + kq,
                    Suggestions.didYouMean(kq, caseQuestions.keySet()));
            return Optional.empty();
        }
        Standard s = caseQuestions.get(kq);
        if (s == null) {
            Standard owner = framework.standardOf(kq).orElseThrow();
            problems.error(where, "key question " + kq + " is not answered from cases: standard " + owner.id()
                    + " is judged by inspectors", "remove the column");
            return Optional.empty();
        }
        if (h.role() == Role.KEY_QUESTION) {
            return Optional.of(new Column(index, text, Role.KEY_QUESTION, kq, -1));
        }
        int prompt = -1;
        for (int i = 0; i < k.prompts().size(); i++) {
            if (k.prompts().get(i).letter().equals(String.valueOf(h.letter()))) {
                prompt = i;
            }
        }
        if (prompt < 0) {
            problems.error(where, "key question " + kq + (k.prompts().isEmpty() ? " has no prompts"
                    : " has prompts " + letterRange(k) + "; there is no prompt " + h.letter()),
                    "correct the header or remove the column");
            return Optional.empty();
        }
        return Optional.of(new Column(index, text, Role.PROMPT, kq, prompt));
    }

    // ------------------------------------------------------------------------------------------------ one row

    private String caseId(Table t, Table.Row r, Column id, Table.Cell cell) {
        if (id == null) {
            return null;
        }
        String where = t.where(r.number(), id.index(), id.header());
        if (cell == null) {
            problems.error(where, "no case id", "give every case an id, e.g. KF-C01 (ids are never printed)");
            return null;
        }
        if (cell.kind() == Table.Kind.ERROR) {
            problems.error(where, "'" + cell.text() + "' is an Excel error, not a case id", "type the case's id");
            return null;
        }
        String caseId = cell.text().replaceAll("\\s+", " ");
        if (!fitForCaseFile(where, "case id", caseId, MAX_ID_LENGTH, "ids are short codes, e.g. KF-C01")) {
            return null;
        }
        String place = (t.sheet() == null ? "" : "sheet '" + t.sheet() + "', ") + "row " + r.number();
        String earlier = seenIds.putIfAbsent(caseId, place);
        if (earlier != null) {
            problems.error(where, "case id '" + caseId + "' is also used on " + earlier, "give every case its own id");
        }
        return caseId;
    }

    /** The disposal as one line of text, or null when blank or unfit (with a problem). */
    private String disposal(Table t, Table.Row r, Column disposal) {
        Table.Cell cell = r.cell(disposal.index());
        if (cell == null) {
            return null;
        }
        String where = t.where(r.number(), disposal.index(), disposal.header());
        if (cell.kind() == Table.Kind.ERROR) {
            problems.error(where, "'" + cell.text() + "' is an Excel error, not a disposal",
                    "type the disposal, e.g. Referral order, or leave the cell blank");
            return null;
        }
        String text = cell.text().replaceAll("\\s+", " ");
        return fitForCaseFile(where, "disposal", text, MAX_DISPOSAL_LENGTH, "give the name of the order or"
                + " caution, e.g. Referral order; keep notes in a column headed #") ? text : null;
    }

    /** Text a case file can hold and a report can show: no control characters, not too long. */
    private boolean fitForCaseFile(String where, String what, String text, int max, String hint) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Printable.isControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                problems.error(where, "the " + what + " holds the control character " + String.format("U+%04X",
                        (int) c) + ", which a report cannot show", "retype the cell's text");
                return false;
            }
        }
        int length = text.codePointCount(0, text.length());
        if (length > max) {
            problems.error(where, "the " + what + " is " + length + " characters long; at most " + max, hint);
            return false;
        }
        return true;
    }

    private String caseType(Table t, Table.Row r, Column type) {
        Table.Cell cell = type == null ? null : r.cell(type.index());
        if (cell == null) {
            if (typeOption == null && type != null) {
                problems.error(t.where(r.number(), type.index(), type.header()), "no case type",
                        "give " + caseTypeList());
            }
            return typeOption;
        }
        String where = t.where(r.number(), type.index(), type.header());
        String resolved = resolveType(framework, cell.text());
        if (resolved == null) {
            List<String> ids = framework.caseTypes().stream().map(CaseType::id).toList();
            String hint = Suggestions.didYouMean(cell.text(), ids);
            problems.error(where, "'" + shown(cell.text()) + "' is not a case type", hint != null ? hint
                    : "give " + caseTypeList());
            return null;
        }
        if (typeOption != null && !typeOption.equals(resolved)) {
            problems.error(where, "the type '" + resolved + "' differs from --type " + typeOption,
                    "correct the cell, or leave out --type");
            return null;
        }
        return resolved;
    }

    /** The row's answer to one key question; empty when it has none or it is wrong (with a problem). */
    private Optional<Answered> answer(Table t, Table.Row r, String caseType, String kq, Column q,
                                      List<Column> promptColumns, List<Column> notAnswered) {
        Standard s = caseQuestions.get(kq);
        List<Column> all = new ArrayList<>();
        if (q != null) {
            all.add(q);
        }
        all.addAll(promptColumns);
        if (caseType == null) { // type unknown: only check that the answers are answers
            for (Column c : all) {
                Table.Cell cell = r.cell(c.index());
                if (cell != null && parseAnswer(cell) == null) {
                    notAnAnswer(t, r, c, cell);
                }
            }
            return Optional.empty();
        }
        if (!caseType.equals(s.caseType())) {
            for (Column c : all) {
                Table.Cell cell = r.cell(c.index());
                if (cell != null && parseAnswer(cell) != Answer.NOT_APPLICABLE) {
                    notAnswered.add(c);
                }
            }
            return Optional.empty();
        }
        boolean ok = q != null;
        Answer answer = null;
        if (q != null) {
            Table.Cell cell = r.cell(q.index());
            if (cell == null) {
                problems.error(t.where(r.number(), q.index(), q.header()), "no answer for key question " + kq,
                        caseType + " cases answer it: use yes, no or n/a");
                ok = false;
            } else {
                answer = parseAnswer(cell);
                if (answer == null) {
                    notAnAnswer(t, r, q, cell);
                    ok = false;
                }
            }
        }
        List<Answer> prompts = new ArrayList<>();
        List<Column> blank = new ArrayList<>();
        int given = 0;
        for (Column c : promptColumns) {
            Table.Cell cell = r.cell(c.index());
            if (cell == null) {
                blank.add(c);
                prompts.add(Answer.NOT_APPLICABLE);
                continue;
            }
            given++;
            Answer a = parseAnswer(cell);
            if (a == null) {
                notAnAnswer(t, r, c, cell);
                ok = false;
            }
            prompts.add(a);
        }
        if (given > 0 && !blank.isEmpty() && answer != Answer.NOT_APPLICABLE) {
            for (Column c : blank) {
                problems.error(t.where(r.number(), c.index(), c.header()), "no answer for prompt " + kq
                        + (char) ('a' + c.prompt()), "this case answers other prompts of " + kq
                        + ", so answer each (yes, no or n/a), or leave them all blank");
            }
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Answered(answer, given == 0 ? List.of() : prompts));
    }

    private void notAnAnswer(Table t, Table.Row r, Column c, Table.Cell cell) {
        String where = t.where(r.number(), c.index(), c.header());
        if (cell.kind() == Table.Kind.ERROR) {
            problems.error(where, "'" + cell.text() + "' is an Excel error, not an answer",
                    "use yes, no or n/a (type n/a without #)");
        } else {
            problems.error(where, "'" + shown(cell.text()) + "' is not an answer", "use yes, no or n/a");
        }
    }

    /**
     * yes/no/n/a in the forms inspectors type: Y, N, yes, no, n/a, NA, N.A., not applicable, - (any case), and
     * Excel's TRUE/FALSE as yes/no; null for anything else.
     */
    static Answer parseAnswer(Table.Cell cell) {
        if (cell.kind() == Table.Kind.BOOLEAN) {
            return cell.text().equals("TRUE") ? Answer.YES : Answer.NO;
        }
        if (cell.kind() == Table.Kind.ERROR) {
            return null;
        }
        String t = cell.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2010', '-').replace('\u2212', '-');
        return switch (t) {
            case "true" -> Answer.YES;
            case "false" -> Answer.NO;
            case "n.a.", "n.a", "n / a" -> Answer.NOT_APPLICABLE;
            default -> Answer.parse(t).orElse(null);
        };
    }

    /** A case type from its id or name, in any case, spaces for hyphens ("Out of court" is out-of-court). */
    static String resolveType(Framework framework, String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        for (CaseType c : framework.caseTypes()) {
            if (c.id().equals(t) || c.name().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-").equals(t)) {
                return c.id();
            }
        }
        return null;
    }

    private String caseTypeList() {
        List<String> ids = framework.caseTypes().stream().map(CaseType::id).toList();
        if (ids.size() <= 1) {
            return String.join("", ids);
        }
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
    }

    private static String letterRange(KeyQuestion k) {
        List<String> letters = k.prompts().stream().map(p -> p.letter()).toList();
        return letters.size() == 1 ? letters.get(0) : letters.get(0) + " to " + letters.get(letters.size() - 1);
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        int cr = text.indexOf('\r');
        int end = nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
        return SpreadsheetReader.clean(end < 0 ? text : text.substring(0, end));
    }

    private static String shown(String text) {
        String t = text.replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }
}
