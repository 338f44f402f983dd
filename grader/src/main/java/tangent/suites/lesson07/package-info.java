/**
 * Hidden suites for Lesson 07, the support vector machine. Visible tests use the text's points
 * (the line 2/3 x + 2/3 y - 1 = 0, objective 8/9, the six points with the same line); hidden ones
 * use seeded random separable sets built around a known maximum-margin line ({@link SeparableSets}),
 * random whole-number point sets for the Lagrangian, and hints for the mistakes students make (a
 * distance without the absolute value, the text's sign convention for the multipliers, a line
 * scaled wrongly, the closest point of each class taken for the support vectors).
 */
package tangent.suites.lesson07;
