package tangent.suites.lesson06;

import tangent.grader.check.Numbers;

/** Polynomials given lowest power first, shown as a student writes them. */
final class Polynomial {

    private Polynomial() {
    }

    /** {1, 0, -2, 1} as "x^3 - 2x^2 + 1". */
    static String show(double[] c) {
        StringBuilder text = new StringBuilder();
        for (int power = c.length - 1; power >= 0; power--) {
            double k = c[power];
            if (k == 0) {
                continue;
            }
            String size = Math.abs(k) == 1 && power > 0 ? "" : Numbers.show(Math.abs(k));
            text.append(text.length() == 0 ? (k < 0 ? "-" : "") : (k < 0 ? " - " : " + ")).append(size)
                    .append(power == 0 ? "" : power == 1 ? "x" : "x^" + power);
        }
        return text.length() == 0 ? "0" : text.toString();
    }
}
