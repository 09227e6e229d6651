package io.densehebb.mc;

/**
 * Everything a {@link MonteCarloChain} needs to continue bit for bit: its configuration with the
 * tracked sums, its random stream's state and its counters. Arrays are never modified after
 * construction (whoever builds one hands it over).
 */
public record ChainState(SpinState.Snapshot configuration, byte[] rngState, long attempted, long accepted) {
}
