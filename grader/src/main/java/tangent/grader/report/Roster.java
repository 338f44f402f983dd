package tangent.grader.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Who the students are: a CSV with a header, one row per student, mapping a submission's id (its
 * folder's name) to what a learning-management system knows them by. Columns: {@code id}
 * (required) and any of {@code name}, {@code email}, {@code login}, {@code sis_id}, {@code lms_id},
 * {@code section}, in any order and case.
 */
public record Roster(List<Student> students) {

    /** One student; every field but the id may be empty. */
    public record Student(String id, String name, String email, String login, String sisId, String lmsId,
            String section) {
    }

    public static final Set<String> COLUMNS = Set.of("id", "name", "email", "login", "sis_id", "lms_id", "section");

    public Roster {
        students = List.copyOf(students);
    }

    public Optional<Student> byId(String id) {
        return students.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Whether some student has this column filled in (what an export can match students by). */
    public boolean has(java.util.function.Function<Student, String> field) {
        return students.stream().anyMatch(s -> !field.apply(s).isEmpty());
    }

    /**
     * Reads a roster.
     *
     * @throws IllegalArgumentException saying what is wrong and where (a missing id column, an
     *                                  unknown column, an empty or repeated id), for the user to fix
     * @throws IOException              when the file cannot be read
     */
    public static Roster read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true).setTrim(true).build().parse(in)) {
            Map<String, String> columns = new LinkedHashMap<>(); // normalised name -> as written
            for (String header : csv.getHeaderNames()) {
                String name = header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace(' ', '_');
                if (!COLUMNS.contains(name)) {
                    throw new IllegalArgumentException(file + ": unknown column \"" + header + "\"; a roster has id and "
                            + "any of name, email, login, sis_id, lms_id, section");
                }
                if (columns.put(name, header) != null) {
                    throw new IllegalArgumentException(file + ": the column " + name + " appears twice");
                }
            }
            if (!columns.containsKey("id")) {
                throw new IllegalArgumentException(file + ": no id column; the first line must name the columns, "
                        + "id (each submission folder's name) among them");
            }
            List<Student> students = new ArrayList<>();
            Map<String, Long> lines = new LinkedHashMap<>();
            for (CSVRecord row : csv) {
                String id = value(row, columns, "id");
                long line = row.getParser().getCurrentLineNumber();
                if (id.isEmpty()) {
                    throw new IllegalArgumentException(file + ", line " + line + ": the id is empty");
                }
                Long earlier = lines.put(id, line);
                if (earlier != null) {
                    throw new IllegalArgumentException(file + ", line " + line + ": the id " + id + " is on line "
                            + earlier + " already");
                }
                students.add(new Student(id, value(row, columns, "name"), value(row, columns, "email"),
                        value(row, columns, "login"), value(row, columns, "sis_id"), value(row, columns, "lms_id"),
                        value(row, columns, "section")));
            }
            if (students.isEmpty()) {
                throw new IllegalArgumentException(file + ": no students, only a header");
            }
            return new Roster(students);
        } catch (java.io.UncheckedIOException | IllegalStateException e) { // how Commons CSV reports a malformed row
            String why = e instanceof java.io.UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new IllegalArgumentException(file + " is not a readable CSV file: " + why);
        }
    }

    private static String value(CSVRecord row, Map<String, String> columns, String name) {
        String header = columns.get(name);
        return header == null || !row.isMapped(header) || !row.isSet(header) ? "" : row.get(header).strip();
    }
}
