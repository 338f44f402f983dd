package tangent.suites.lesson07;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import tangent.grader.check.Numbers;

/**
 * Random labelled point sets whose maximum-margin line is known by construction.
 *
 * <p>Pick a unit normal n, a point p0 and a margin m; the line is n . (x - p0) = 0, scaled to
 * (a, b, c) = (n, -n . p0) / m so that points at distance m have t (a x + b y + c) = 1. With three
 * support vectors, two of one class lie on their margin at positions s1 &lt; s2 along the line and
 * one of the other class on its margin at s3 strictly between them: the multipliers are then all
 * positive and the line is optimal (its KKT conditions hold). With two, the two lie opposite each
 * other, and the line is their perpendicular bisector. Every other point is at least 0.3 beyond its
 * margin (t (a x + b y + c) &gt;= 1.15), so it changes nothing. The points are shuffled.
 */
final class SeparableSets {

    private SeparableSets() {
    }

    /** A set, its labels, its known line {a, b, c} and the indices of its support vectors, ascending. */
    record Labelled(double[][] points, int[] labels, double[] line, int[] supportVectors) {

        String show() {
            StringBuilder text = new StringBuilder("points {");
            for (int i = 0; i < points.length; i++) {
                text.append(i == 0 ? "" : ", ").append('{').append(Numbers.show(points[i][0])).append(", ")
                        .append(Numbers.show(points[i][1])).append('}');
            }
            text.append("}, labels ").append(Arrays.toString(labels).replace('[', '{').replace(']', '}'));
            return text.toString();
        }

        double[][] pointsCopy() {
            return Arrays.stream(points).map(double[]::clone).toArray(double[][]::new);
        }
    }

    /** A set with this many support vectors (2 or 3) and this many other points. */
    static Labelled generate(RandomGenerator random, int supportVectors, int others) {
        double angle = 2 * Math.PI * random.nextDouble();
        double[] n = {Math.cos(angle), Math.sin(angle)};
        double[] u = {-n[1], n[0]};
        double[] p0 = {-3 + 6 * random.nextDouble(), -3 + 6 * random.nextDouble()};
        double m = 0.5 + 1.5 * random.nextDouble();
        List<double[]> points = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Boolean> onMargin = new ArrayList<>();
        int pair = random.nextBoolean() ? 1 : -1;
        if (supportVectors == 3) {
            double s1 = -4 + 2.5 * random.nextDouble();
            double s2 = 1.5 + 2.5 * random.nextDouble();
            double s3 = s1 + 0.5 + (s2 - s1 - 1) * random.nextDouble();
            add(points, labels, onMargin, at(p0, u, n, s1, pair * m), pair, true);
            add(points, labels, onMargin, at(p0, u, n, s2, pair * m), pair, true);
            add(points, labels, onMargin, at(p0, u, n, s3, -pair * m), -pair, true);
        } else {
            double s = -3 + 6 * random.nextDouble();
            add(points, labels, onMargin, at(p0, u, n, s, m), 1, true);
            add(points, labels, onMargin, at(p0, u, n, s, -m), -1, true);
        }
        for (int i = 0; i < others; i++) {
            int label = i % 2 == 0 ? 1 : -1;
            double beyond = 0.3 + 3.7 * random.nextDouble();
            add(points, labels, onMargin, at(p0, u, n, -6 + 12 * random.nextDouble(), label * (m + beyond)), label, false);
        }
        int[] order = shuffled(random, points.size());
        double[][] shuffledPoints = new double[order.length][];
        int[] shuffledLabels = new int[order.length];
        List<Integer> support = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            shuffledPoints[i] = points.get(order[i]);
            shuffledLabels[i] = labels.get(order[i]);
            if (onMargin.get(order[i])) {
                support.add(i);
            }
        }
        double[] line = {n[0] / m, n[1] / m, -(n[0] * p0[0] + n[1] * p0[1]) / m};
        return new Labelled(shuffledPoints, shuffledLabels, line, support.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whole-number points in [-5, 5]^2 with random labels, both classes present (not necessarily separable). */
    static Labelled wholeNumbers(RandomGenerator random, int count) {
        double[][] points = new double[count][];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            points[i] = new double[] {random.nextInt(11) - 5, random.nextInt(11) - 5};
            labels[i] = i == 0 ? 1 : i == 1 ? -1 : random.nextBoolean() ? 1 : -1;
        }
        return new Labelled(points, labels, null, null);
    }

    private static double[] at(double[] p0, double[] u, double[] n, double along, double across) {
        return new double[] {p0[0] + along * u[0] + across * n[0], p0[1] + along * u[1] + across * n[1]};
    }

    private static void add(List<double[]> points, List<Integer> labels, List<Boolean> onMargin, double[] point,
            int label, boolean margin) {
        points.add(point);
        labels.add(label);
        onMargin.add(margin);
    }

    private static int[] shuffled(RandomGenerator random, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }
}
