package io.densehebb.theory;

/**
 * Averages over a Gaussian local field h ~ N(mu, sigma^2) at inverse temperature beta.
 *
 * @param tanh    E tanh(beta h)
 * @param tanh2   E tanh^2(beta h), summed directly because it is tiny when the field is
 * @param sech2   E sech^2(beta h) = 1 - E tanh^2(beta h), summed directly because it is tiny at low T
 * @param logCosh E ln 2cosh(beta h)
 * @param sech4   E sech^4(beta h), for the replicon (AT) eigenvalue
 */
record FieldMoments(double tanh, double tanh2, double sech2, double logCosh, double sech4) {
}
