package tangent.grader.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A positive number of seconds on the command line ({@code 5}, {@code 0.5}), as a Duration; refused while parsing. */
final class Seconds implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        double seconds;
        try {
            seconds = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number of seconds, such as 5 or 0.5");
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new TypeConversionException("'" + value + "' must be a positive number of seconds, such as 5 or 0.5");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** The seconds of a Duration as a user writes them: 5, or 0.5. */
    static String show(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : Double.toString(millis / 1000.0);
    }
}
