package tangent.reference.lesson05;

import tangent.exercises.lesson05.BinaryCrossEntropy;

/**
 * Binary cross-entropy and the text's derivative formula, both with the text's clipping of yhat
 * and 1 - yhat at numpy's float epsilon. The derivative is the text's formula on clipped values,
 * not the derivative of the clipped loss (which would be 0 where clipping bites): the two agree
 * wherever yhat and 1 - yhat are above epsilon.
 */
public final class ReferenceBinaryCrossEntropy implements BinaryCrossEntropy {

    @Override
    public double loss(double y, double yhat) {
        check(y, yhat);
        return -y * Math.log(Math.max(yhat, EPSILON)) - (1 - y) * Math.log(Math.max(1 - yhat, EPSILON));
    }

    @Override
    public double derivative(double y, double yhat) {
        check(y, yhat);
        return -y / Math.max(yhat, EPSILON) + (1 - y) / Math.max(1 - yhat, EPSILON);
    }

    @Override
    public double meanLoss(double[] y, double[] yhat) {
        if (y.length != yhat.length) {
            throw new IllegalArgumentException(y.length + " labels but " + yhat.length + " predictions");
        }
        if (y.length == 0) {
            throw new IllegalArgumentException("the mean loss of an empty batch is undefined");
        }
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += loss(y[i], yhat[i]);
        }
        return sum / y.length;
    }

    private static void check(double y, double yhat) {
        if (!(y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("a label must be in [0, 1], got " + y);
        }
        if (!(yhat >= 0 && yhat <= 1)) {
            throw new IllegalArgumentException("a prediction must be in [0, 1], got " + yhat);
        }
    }
}
