package io.densehebb.theory;

/**
 * One converged RS solution branch.
 *
 * @param branch         retrieval, spin glass or paramagnet
 * @param m              Mattis magnetisation with the archetype
 * @param n              example magnetisation, normalised so that n = m when rho = 0
 * @param q              two-replica overlap
 * @param freeEnergy     RS free energy per spin in the units of docs/physics.md section 2 (the ground-state
 *                       energy at T = 0), without sigma-independent constants of the full-power variant
 * @param stabilityValue replicon (de Almeida-Thouless) eigenvalue ratio: RS is locally stable below 1;
 *                       infinite at T = 0 with glassy noise, 0 at low load
 * @param stable         stabilityValue < 1
 * @param residual       max |F(x) - x| of the self-consistency map at the reported point
 */
public record RsSolution(Branch branch, double m, double n, double q, double freeEnergy, double stabilityValue,
        boolean stable, double residual) {
}
