package tangent.grader.suite;

import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/** Who sees a test's name and message, as Gradescope names it. */
public enum Visibility {
    VISIBLE("visible"),
    HIDDEN("hidden"),
    AFTER_DUE_DATE("after_due_date");

    private final String json;

    Visibility(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    /** The method's own marker wins over its class's; unmarked tests are visible. */
    public static Visibility of(Method test) {
        Visibility own = marked(test);
        return own != null ? own : orVisible(marked(test.getDeclaringClass()));
    }

    private static Visibility orVisible(Visibility v) {
        return v != null ? v : VISIBLE;
    }

    private static Visibility marked(AnnotatedElement element) {
        if (element.isAnnotationPresent(Hidden.class)) {
            return HIDDEN;
        }
        if (element.isAnnotationPresent(AfterDueDate.class)) {
            return AFTER_DUE_DATE;
        }
        return null;
    }
}
