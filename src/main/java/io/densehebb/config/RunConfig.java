package io.densehebb.config;

import io.densehebb.data.DataSource;
import io.densehebb.mc.InitialState;
import io.densehebb.mc.SweepOrder;
import io.densehebb.mc.UpdateRule;
import io.densehebb.model.NetworkSpec;
import io.densehebb.tempering.LadderSpec;
import java.time.Duration;

/**
 * A validated run configuration: the typed form of the {@code densehebb} block of reference.conf,
 * a user file and {@code --set} overrides (see {@link RunConfigLoader}).
 *
 * @param network         model kind, P, N, K, M, r, interaction
 * @param dataset         where the patterns come from: synthetic, mnist, fashion-mnist or the user's files
 * @param rule            metropolis or heat-bath
 * @param order           random or sequential sweeps
 * @param blockCopies     one actor sweeps all copies of a slot as a {@link io.densehebb.mc.ReplicaBlock}
 * @param ladder          the temperature ladder
 * @param copies          independent replicas per temperature, >= 2
 * @param sweeps          burn-in, measurement, per-round and measurement interval, in sweeps
 * @param init            random, archetype or example
 * @param seed            the seed of the initial states, the dynamics and the tempering streams
 * @param disorder        which disorder: its seed (the run's seed unless given) and sample index
 * @param threads         worker threads, 0 = every core
 * @param checkpointEvery wall-clock interval between checkpoints
 * @param output          default parent folder of run folders
 * @param faultRate       test-only: probability that a replica throws in a given round (0 = never)
 * @param outputPatterns  write the archetypes and examples the run used into its folder, as .npy
 * @param failingRound    test-only: a round at which replica (copy 0, slot 0) throws on every attempt (-1 = never)
 */
public record RunConfig(
        NetworkSpec network,
        DataSource dataset,
        UpdateRule rule,
        SweepOrder order,
        boolean blockCopies,
        LadderSpec ladder,
        int copies,
        Sweeps sweeps,
        InitialState init,
        long seed,
        Disorder disorder,
        int threads,
        Duration checkpointEvery,
        String output,
        double faultRate,
        boolean outputPatterns,
        long failingRound) {

    /**
     * The disorder of a run: archetype and example streams of {@code seed} with id {@code sample}.
     * A plain run is sample 0 of its own seed, which draws exactly what runs always drew.
     */
    public record Disorder(long seed, int sample) {

        public Disorder {
            if (sample < 0) {
                throw new IllegalArgumentException("a disorder sample index is >= 0, not " + sample);
            }
        }
    }

    /** Sweep counts; every count is a multiple of {@code perRound}. */
    public record Sweeps(int burnIn, int measure, int perRound, int measureEvery) {

        public int burnInRounds() {
            return burnIn / perRound;
        }

        public int measureRounds() {
            return measure / perRound;
        }

        public int totalRounds() {
            return burnInRounds() + measureRounds();
        }

        /** Rounds between measurements. */
        public int roundsPerMeasurement() {
            return measureEvery / perRound;
        }
    }

    /** The same run with other seeds: the dynamics seed and the disorder (nothing else depends on them). */
    public RunConfig withSeeds(long dynamicsSeed, Disorder otherDisorder) {
        return new RunConfig(network, dataset, rule, order, blockCopies, ladder, copies, sweeps, init, dynamicsSeed,
                otherDisorder, threads, checkpointEvery, output, faultRate, outputPatterns, failingRound);
    }

    /** This configuration on another network: the one actually built from the data (N, K, M and r measured). */
    public RunConfig withNetwork(NetworkSpec built) {
        return new RunConfig(built, dataset, rule, order, blockCopies, ladder, copies, sweeps, init, seed, disorder, threads,
                checkpointEvery, output, faultRate, outputPatterns, failingRound);
    }

    /**
     * The number of worker threads actually used: {@code threads}, at most one per core (0 = every
     * core). More threads than cores cannot run at once; they only add switching (10,000 on 2 cores ran
     * 10x slower), and the results are the same on any number.
     */
    public int effectiveThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return threads == 0 ? cores : Math.min(threads, cores);
    }
}
