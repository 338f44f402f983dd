package edu.example.grace;

import java.util.ArrayList;
import java.util.List;
import tangent.exercises.lesson07.SupportVectors;

/** The points whose constraint is active (value 1) at the maximum-margin line. */
public class Supports implements SupportVectors {

    @Override
    public int[] supportVectors(double[][] points, int[] labels) {
        double[] w = new MaxMargin().fit(points, labels);
        List<Integer> on = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            double value = labels[i] * (w[0] * points[i][0] + w[1] * points[i][1] + w[2]);
            if (Math.abs(value - 1) <= 1e-6) {
                on.add(i);
            }
        }
        return on.stream().mapToInt(Integer::intValue).toArray();
    }
}
