package io.densehebb.theory;

/**
 * Site averages over c = chihat / r and the Gaussian noise z of the effective single-spin problem with
 * field h = A c + sigma z. At T = 0 every entry is the beta -> infinity limit.
 *
 * @param m                E tanh(beta h)               (T = 0: E sign h)
 * @param q                E tanh^2(beta h)             (T = 0: E sign^2 h)
 * @param weightedM        E c tanh(beta h)             (T = 0: E c sign h); (1 + rho) n at the fixed point
 * @param fieldFreeEnergy  -T E ln 2cosh(beta h)        (T = 0: -E |h|)
 * @param susceptibility   beta E sech^2(beta h)        (T = 0: E 2 delta(h)); beta (1 - q) when T > 0
 * @param sech4            beta^2 E sech^4(beta h)      (T = 0: infinite whenever h = 0 has weight)
 */
record SiteAverages(double m, double q, double weightedM, double fieldFreeEnergy, double susceptibility,
        double sech4) {
}
