package edu.example.grace;

import java.util.ArrayList;
import java.util.List;
import tangent.exercises.lesson07.SupportVectors;

/** Takes the closest point of each class to the line for the support vectors. */
public class Supports implements SupportVectors {

    @Override
    public int[] supportVectors(double[][] points, int[] labels) {
        double[] w = new MaxMargin().fit(points, labels);
        // The closest point of each class to the line.
        int closestPlus = -1;
        int closestMinus = -1;
        for (int i = 0; i < points.length; i++) {
            double value = labels[i] * (w[0] * points[i][0] + w[1] * points[i][1] + w[2]);
            if (labels[i] == 1 && (closestPlus < 0 || value < value(w, points, labels, closestPlus))) {
                closestPlus = i;
            }
            if (labels[i] == -1 && (closestMinus < 0 || value < value(w, points, labels, closestMinus))) {
                closestMinus = i;
            }
        }
        List<Integer> on = new ArrayList<>(List.of(Math.min(closestPlus, closestMinus), Math.max(closestPlus, closestMinus)));
        return on.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double value(double[] w, double[][] points, int[] labels, int i) {
        return labels[i] * (w[0] * points[i][0] + w[1] * points[i][1] + w[2]);
    }
}
