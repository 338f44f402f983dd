package tangent.grader.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Numbers on the command line, refused in a newcomer's words ("'abc' is not a whole number"). */
final class NumberConverters {

    private NumberConverters() {
    }

    static final class WholeLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Long.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a whole number");
            }
        }
    }

    static final class WholeInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String text) {
            try {
                return Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is " + (text.strip().matches("-?\\d+")
                        ? "too large here" : "not a whole number"));
            }
        }
    }

    static final class Real implements ITypeConverter<Double> {
        @Override
        public Double convert(String text) {
            try {
                return Double.valueOf(text.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a number");
            }
        }
    }
}
