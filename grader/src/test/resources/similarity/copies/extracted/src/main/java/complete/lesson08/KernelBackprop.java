package complete.lesson08;

import tangent.exercises.lesson08.ConvolutionGradient;

public class KernelBackprop implements ConvolutionGradient {

    @Override
    public double[][] kernelGradient(double[][] image, double[][] upstream) {
        return Windows.slide(image, upstream);
    }

    @Override
    public double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth) {
        int h = Windows.rows(image, "the image");
        int w = image[0].length;
        if (kernelHeight < 1 || kernelWidth < 1 || kernelHeight > h || kernelWidth > w) {
            throw new IllegalArgumentException("the kernel does not fit");
        }
        // Each kernel entry multiplies a (h - kh + 1) x (w - kw + 1) block of the image: sum it with a
        // summed-area table.
        double[][] table = summedAreaTable(image, h, w);
        int oh = h - kernelHeight + 1;
        int ow = w - kernelWidth + 1;
        double[][] g = new double[kernelHeight][kernelWidth];
        for (int p = 0; p < kernelHeight; p++) {
            for (int q = 0; q < kernelWidth; q++) {
                g[p][q] = blockSum(table, p, q, oh, ow);
            }
        }
        return g;
    }

    private static double[][] summedAreaTable(double[][] image, int h, int w) {
        double[][] table = new double[h + 1][w + 1];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                table[r + 1][c + 1] = image[r][c] + table[r][c + 1] + table[r + 1][c] - table[r][c];
            }
        }
        return table;
    }

    /** The sum of the oh x ow block with top-left corner (p, q), read off the table. */
    private static double blockSum(double[][] table, int p, int q, int oh, int ow) {
        return table[p + oh][q + ow] - table[p][q + ow] - table[p + oh][q] + table[p][q];
    }

    @Override
    public double[][] imageGradient(double[][] kernel, double[][] upstream) {
        int kh = Windows.rows(kernel, "the kernel");
        Windows.rows(upstream, "the upstream gradient");
        // Full convolution: pad G by kernel - 1 on every side and slide the rotated kernel over it.
        return Windows.slide(padded(upstream, kh - 1, kernel[0].length - 1), Windows.rotate(kernel));
    }

    /** upstream with dy zero rows above and below and dx zero columns left and right. */
    private static double[][] padded(double[][] upstream, int dy, int dx) {
        int oh = upstream.length;
        int ow = upstream[0].length;
        double[][] out = new double[oh + 2 * dy][ow + 2 * dx];
        for (int i = 0; i < oh; i++) {
            System.arraycopy(upstream[i], 0, out[i + dy], dx, ow);
        }
        return out;
    }

    @Override
    public double[][] fitKernel(double[][] image, double[][] target, double[][] initialKernel, double rate, int steps) {
        Windows.rows(target, "the target");
        int kh = Windows.rows(initialKernel, "the initial kernel");
        if (!(rate >= 0) || rate == Double.POSITIVE_INFINITY || steps < 0) {
            throw new IllegalArgumentException("need a finite rate >= 0 and steps >= 0");
        }
        double[][] k = copyOf(initialKernel, kh);
        double[][] y = Windows.slide(image, k);
        if (y.length != target.length || y[0].length != target[0].length) {
            throw new IllegalArgumentException("the target must be " + y.length + " x " + y[0].length);
        }
        for (int s = 0; s < steps; s++) {
            y = Windows.slide(image, k);
            subtract(y, target);
            descend(k, Windows.slide(image, y), rate);
        }
        return k;
    }

    private static double[][] copyOf(double[][] m, int rows) {
        double[][] c = new double[rows][];
        for (int p = 0; p < rows; p++) {
            c[p] = m[p].clone();
        }
        return c;
    }

    /** y -= target, entry by entry. */
    private static void subtract(double[][] y, double[][] target) {
        for (int i = 0; i < y.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                y[i][j] -= target[i][j];
            }
        }
    }

    /** k -= rate * g, entry by entry. */
    private static void descend(double[][] k, double[][] g, double rate) {
        for (int p = 0; p < k.length; p++) {
            for (int q = 0; q < k[p].length; q++) {
                k[p][q] -= rate * g[p][q];
            }
        }
    }
}
