package complete.lesson08;

import tangent.exercises.lesson08.ConvolutionGradient;

// Backward pass of a valid 2D cross-correlation, plus a small fitting loop.
public class KernelBackprop implements ConvolutionGradient
{
	// dL/dK is the image correlated with the incoming gradient
	@Override
	public double[][] kernelGradient(double[][] image, double[][] upstream)
	{
		return Windows.slide(image, upstream);
	}

	@Override
	public double[][] kernelGradientOfSum(double[][] image, int kernelHeight, int kernelWidth)
	{
		int h = Windows.rows(image, "the image");
		int w = image[0].length;
		if(kernelHeight < 1 || kernelWidth < 1
				|| kernelHeight > h || kernelWidth > w)
		{
			throw new IllegalArgumentException("the kernel does not fit");
		}
		// prefix sums over rectangles (integral image), so every kernel weight's
		// gradient is a constant-time block sum
		double[][] table = new double[h + 1][w + 1];
		for(int r = 0; r < h; r++)
		{
			for(int c = 0; c < w; c++)
			{
				table[r + 1][c + 1] = image[r][c] + table[r][c + 1] + table[r + 1][c] - table[r][c];
			}
		}
		int oh = h - kernelHeight + 1;
		int ow = w - kernelWidth + 1;
		double[][] g = new double[kernelHeight][kernelWidth];
		for(int p = 0; p < kernelHeight; p++)
		{
			for(int q = 0; q < kernelWidth; q++)
			{
				g[p][q] = table[p + oh][q + ow] - table[p][q + ow] - table[p + oh][q] + table[p][q];
			}
		}
		return g;
	}

	@Override
	public double[][] imageGradient(double[][] kernel, double[][] upstream)
	{
		int kh = Windows.rows(kernel, "the kernel");
		int oh = Windows.rows(upstream, "the upstream gradient");
		int kw = kernel[0].length;
		int ow = upstream[0].length;
		// zero border of kernel size minus one, then correlate with the flipped kernel
		// (that is a full convolution)
		double[][] padded = new double[oh + 2 * (kh - 1)][ow + 2 * (kw - 1)];
		for(int i = 0; i < oh; i++)
		{
			System.arraycopy(upstream[i], 0, padded[i + kh - 1], kw - 1, ow);
		}
		return Windows.slide(padded, Windows.rotate(kernel));
	}

	@Override
	public double[][] fitKernel(
			double[][] image, double[][] target, double[][] initialKernel,
			double rate, int steps)
	{
		Windows.rows(target, "the target");
		int kh = Windows.rows(initialKernel, "the initial kernel");
		if(!(rate >= 0) || rate == Double.POSITIVE_INFINITY || steps < 0)
		{
			throw new IllegalArgumentException("need a finite rate >= 0 and steps >= 0");
		}
		// work on a copy so the caller's kernel stays as it was
		double[][] k = new double[kh][];
		for(int p = 0; p < kh; p++)
		{
			k[p] = initialKernel[p].clone();
		}
		double[][] y = Windows.slide(image, k);
		if(y.length != target.length || y[0].length != target[0].length)
		{
			throw new IllegalArgumentException("the target must be " + y.length + " x " + y[0].length);
		}
		// plain gradient descent on the squared error
		for(int s = 0; s < steps; s++)
		{
			y = Windows.slide(image, k);
			for(int i = 0; i < y.length; i++)
			{
				for(int j = 0; j < y[0].length; j++)
				{
					y[i][j] -= target[i][j];
				}
			}
			double[][] g = Windows.slide(image, y);
			for(int p = 0; p < kh; p++)
			{
				for(int q = 0; q < k[p].length; q++)
				{
					k[p][q] -= rate * g[p][q];
				}
			}
		}
		return k;
	}
}
