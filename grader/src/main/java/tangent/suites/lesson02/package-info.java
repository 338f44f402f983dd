/**
 * Hidden suites for Lesson 02, integration. Visible tests use the text's own numbers (the grid
 * [-10, 10) with dx = 0.1, 2x and 3x^2 - 4x, P(-1 &lt; X &lt; 1) = 0.6827); hidden ones add seeded
 * random functions, intervals and steps, edge cases, and hints for the mistakes students make (a
 * grid that includes b or drifts by adding dx, an antiderivative that is a derivative, a shift
 * taken as -F(a) instead of the mean offset, Simpson weights swapped, a density without its
 * normalising constant).
 */
package tangent.suites.lesson02;
