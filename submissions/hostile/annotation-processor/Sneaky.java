import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.element.TypeElement;

/** Would write a file while the grader compiles, if the grader ran annotation processors. */
@SupportedAnnotationTypes("*")
public class Sneaky extends AbstractProcessor {
    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/tangent-processor-ran"), "ran");
        } catch (java.io.IOException e) {
            // ignored
        }
        return false;
    }
}
