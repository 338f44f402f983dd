package tangent.grader.report;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tangent.grader.io.AtomicFile;
import tangent.grader.io.StudentText;
import tangent.grader.score.Points;
import tangent.grader.score.Scorecard;
import tangent.grader.score.TestResult;

/**
 * The batch's gradebook: one row per submission in id order (id, status, score, max_score), then one column
 * per lesson and one per task (lesson.task), in plan order, so columns stay in the same place from
 * run to run. RFC 4180 CSV with a header, written by Commons CSV.
 */
public final class Gradebook {

    /** The gradebook of these scorecards, one row per submission in id order. */
    public String toCsv(List<Scorecard> unsorted) throws IOException {
        List<Scorecard> cards = unsorted.stream()
                .sorted(java.util.Comparator.comparing((Scorecard c) -> c.submission().id())).toList();
        Set<String> lessons = new LinkedHashSet<>();
        Set<String> tasks = new LinkedHashSet<>();
        for (Scorecard card : cards) {
            for (TestResult t : card.tests()) {
                lessons.add(t.lesson());
                tasks.add(t.lesson() + "." + t.task());
            }
        }
        List<String> header = new ArrayList<>(List.of("id", "status", "score", "max_score"));
        header.addAll(lessons);
        header.addAll(tasks);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new))
                .build())) {
            for (Scorecard card : cards) {
                // The id is a folder's name, which a student chose: =HYPERLINK(...) must stay text.
                List<String> row = new ArrayList<>(List.of(StudentText.cell(StudentText.clean(card.submission().id())),
                        card.status().json(),
                        Points.show(card.score()), Points.show(card.maxScore())));
                for (String lesson : lessons) {
                    row.add(Points.show(card.tests().stream().filter(t -> t.lesson().equals(lesson))
                            .mapToDouble(TestResult::score).sum()));
                }
                for (String task : tasks) {
                    row.add(Points.show(card.tests().stream().filter(t -> (t.lesson() + "." + t.task()).equals(task))
                            .mapToDouble(TestResult::score).sum()));
                }
                csv.printRecord(row);
            }
        }
        return out.toString();
    }

    public void write(List<Scorecard> cards, Path file) throws IOException {
        AtomicFile.write(file, toCsv(cards));
    }

}
