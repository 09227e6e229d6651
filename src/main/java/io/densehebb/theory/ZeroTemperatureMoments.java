package io.densehebb.theory;

/**
 * The beta -> infinity limits of {@link FieldMoments} for h ~ N(mu, sigma^2).
 *
 * @param sign       E sign(h), the limit of E tanh(beta h)
 * @param signSquare E sign(h)^2, the limit of q (1 unless h = 0 has weight)
 * @param absField   E |h|, the limit of T E ln 2cosh(beta h)
 * @param delta      E 2 delta(h) = 2 p_h(0), the limit of beta E sech^2(beta h) = beta (1 - q)
 */
record ZeroTemperatureMoments(double sign, double signSquare, double absField, double delta) {
}
