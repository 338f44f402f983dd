package tangent.grader.check;

import java.util.List;
import java.util.Locale;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IReal;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * A vetted expression tree as a plain function of doubles. Evaluating a student's formula at
 * points this way never runs symja's evaluator: no exact big-number arithmetic that could take
 * minutes, nothing printed, under a microsecond per point. Only the whitelisted functions of
 * {@link AnswerReader} exist here; anything else is a bug and throws.
 */
public final class DoubleForm {

    private final Node root;

    private DoubleForm(Node root) {
        this.root = root;
    }

    /** Compiles a tree whose free names are {@code names}, in that order of arguments. */
    public static DoubleForm of(IExpr tree, List<String> names) {
        return new DoubleForm(compile(tree, names));
    }

    /** The value at a point: {@code values[i]} is the value of the i-th name. NaN where undefined. */
    public double valueAt(double[] values) {
        return root.at(values);
    }

    @FunctionalInterface
    private interface Node {
        double at(double[] values);
    }

    private static Node compile(IExpr e, List<String> names) {
        if (e instanceof IReal real) {
            double v = real.doubleValue();
            return values -> v;
        }
        if (e.isSymbol()) {
            if (e == S.E) {
                return values -> Math.E;
            }
            if (e == S.Pi) {
                return values -> Math.PI;
            }
            String name = ((ISymbol) e).getSymbolName().toLowerCase(Locale.ROOT);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).toLowerCase(Locale.ROOT).equals(name)) {
                    int index = i;
                    return values -> values[index];
                }
            }
            throw new IllegalArgumentException("undeclared name " + e);
        }
        if (!(e instanceof IAST ast)) {
            throw new IllegalArgumentException("cannot evaluate " + e + " as a number");
        }
        Node[] args = new Node[ast.argSize()];
        for (int i = 0; i < args.length; i++) {
            args[i] = compile(ast.get(i + 1), names);
        }
        IExpr head = ast.head();
        if (head == S.Plus) {
            return values -> {
                double sum = 0;
                for (Node a : args) {
                    sum += a.at(values);
                }
                return sum;
            };
        }
        if (head == S.Times) {
            return values -> {
                double product = 1;
                for (Node a : args) {
                    product *= a.at(values);
                }
                return product;
            };
        }
        if (head == S.Power && args.length == 2) {
            return values -> power(args[0].at(values), args[1].at(values));
        }
        if (head == S.Log && args.length == 2) {
            return values -> Math.log(args[1].at(values)) / Math.log(args[0].at(values));
        }
        if (args.length != 1) {
            throw new IllegalArgumentException(head + " takes one argument, got " + args.length);
        }
        Node a = args[0];
        if (head == S.Sqrt) {
            return values -> Math.sqrt(a.at(values));
        }
        if (head == S.Exp) {
            return values -> Math.exp(a.at(values));
        }
        if (head == S.Log) {
            return values -> Math.log(a.at(values));
        }
        if (head == S.Sin) {
            return values -> Math.sin(a.at(values));
        }
        if (head == S.Cos) {
            return values -> Math.cos(a.at(values));
        }
        if (head == S.Tan) {
            return values -> Math.tan(a.at(values));
        }
        if (head == S.Sec) {
            return values -> 1 / Math.cos(a.at(values));
        }
        if (head == S.Csc) {
            return values -> 1 / Math.sin(a.at(values));
        }
        if (head == S.Cot) {
            return values -> {
                double v = a.at(values);
                return Math.cos(v) / Math.sin(v); // not 1/tan: finite where tan overflows near pi/2
            };
        }
        if (head == S.Sinh) {
            return values -> Math.sinh(a.at(values));
        }
        if (head == S.Cosh) {
            return values -> Math.cosh(a.at(values));
        }
        if (head == S.Tanh) {
            return values -> Math.tanh(a.at(values));
        }
        if (head == S.Sech) {
            return values -> 1 / Math.cosh(a.at(values));
        }
        if (head == S.Csch) {
            return values -> 1 / Math.sinh(a.at(values));
        }
        if (head == S.Coth) {
            return values -> 1 / Math.tanh(a.at(values));
        }
        if (head == S.ArcSinh) {
            return values -> arsinh(a.at(values));
        }
        if (head == S.ArcCosh) {
            return values -> {
                double v = a.at(values);
                return v < 1 ? Double.NaN : Math.log(v + Math.sqrt(v * v - 1));
            };
        }
        if (head == S.ArcTanh) {
            return values -> {
                double v = a.at(values);
                return 0.5 * Math.log1p(2 * v / (1 - v));
            };
        }
        if (head == S.ArcTan) {
            return values -> Math.atan(a.at(values));
        }
        if (head == S.ArcSin) {
            return values -> Math.asin(a.at(values));
        }
        if (head == S.ArcCos) {
            return values -> Math.acos(a.at(values));
        }
        if (head == S.Abs) {
            return values -> Math.abs(a.at(values));
        }
        throw new IllegalArgumentException("no numeric form for " + head);
    }

    /** Odd, so that large negative arguments do not cancel to log(0). */
    private static double arsinh(double v) {
        double magnitude = Math.log(Math.abs(v) + Math.sqrt(v * v + 1));
        return v < 0 ? -magnitude : magnitude;
    }

    /**
     * Real powers as on paper: a negative base with an odd-denominator rational exponent (a cube
     * root of -8) is real, which {@link Math#pow} alone would call NaN.
     */
    private static double power(double base, double exponent) {
        double p = Math.pow(base, exponent);
        if (Double.isNaN(p) && base < 0 && Double.isFinite(exponent)) {
            for (int q = 3; q <= 9; q += 2) {
                double numerator = exponent * q;
                if (Math.abs(numerator - Math.rint(numerator)) < 1e-12) {
                    double magnitude = Math.pow(-base, exponent);
                    return ((long) Math.rint(numerator)) % 2 == 0 ? magnitude : -magnitude;
                }
            }
        }
        return p;
    }
}
