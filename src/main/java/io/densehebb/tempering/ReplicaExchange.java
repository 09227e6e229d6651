package io.densehebb.tempering;

import io.densehebb.model.InvalidParameterException;
import io.densehebb.model.RandomStreams;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.RestorableUniformRandomProvider;

/**
 * Non-reversible parallel tempering as a deterministic state machine, driven round by round by the
 * tempering coordinator: after the sweeps of a round the coordinator passes every slot's energy to
 * {@link #exchange}, moves the configurations as it answers, then calls {@link #adaptLadder} and, when
 * that returns true, tells the replicas their new temperatures.
 *
 * <p>There are C independent copies of an L-slot ladder, slot 0 the hottest. Copies never exchange with
 * each other; they share the ladder, and their swap statistics are pooled. Each copy draws its swap
 * decisions from its own TEMPERING stream (id = copy), one uniform per proposed pair per round whatever
 * the energies, so copy c's decisions do not depend on how many copies run, and the result depends on
 * the seed and the energies only. Rounds are numbered from 0 and passed in increasing order; the first
 * {@code burnInRounds} of them are the burn-in. Not thread-safe: one owner (an actor) drives it.
 */
public final class ReplicaExchange {

    private final int copies;
    private final long burnInRounds;
    private final boolean adaptive;
    private double[] betas;
    private final RestorableUniformRandomProvider[] rngs;
    private final PairStatistics statistics;
    private final WalkerTracker[] walkers;
    private final LadderAdaptation adaptation;
    /** Exchanges since the statistics were last cleared, the denominator of the round-trip rate. */
    private long roundsCounted;
    /** The round of the last exchange, -1 before the first. */
    private long lastRound;

    /**
     * @param spec         the ladder; adaptation happens only when its kind is ADAPTIVE
     * @param copies       independent copies C >= 1, each with {@code spec.slots()} slots
     * @param seed         the run seed; the swap streams are (seed, TEMPERING, copy)
     * @param burnInRounds rounds of burn-in (>= 0): an adaptive ladder is re-spaced during its first half
     */
    public ReplicaExchange(LadderSpec spec, int copies, long seed, int burnInRounds) {
        if (spec == null) {
            throw new InvalidParameterException("ladder", null, "a ladder specification");
        }
        if (copies < 1) {
            throw new InvalidParameterException("copies", copies, "an integer >= 1");
        }
        if (burnInRounds < 0) {
            throw new InvalidParameterException("burn-in rounds", burnInRounds, "an integer >= 0");
        }
        this.copies = copies;
        this.burnInRounds = burnInRounds;
        this.adaptive = spec.kind() == LadderSpec.Kind.ADAPTIVE;
        this.betas = spec.initialBetas();
        int slots = betas.length;
        this.rngs = new RestorableUniformRandomProvider[copies];
        this.walkers = new WalkerTracker[copies];
        for (int c = 0; c < copies; c++) {
            rngs[c] = RandomStreams.create(seed, RandomStreams.Purpose.TEMPERING, c);
            walkers[c] = new WalkerTracker(slots);
        }
        this.statistics = new PairStatistics(slots - 1);
        this.adaptation = LadderAdaptation.schedule(adaptive, slots, burnInRounds);
        this.lastRound = -1;
    }

    private ReplicaExchange(Snapshot s) {
        this.copies = s.rngStates().length;
        this.burnInRounds = s.burnInRounds();
        this.adaptive = s.adaptive();
        this.betas = s.betas().clone();
        this.rngs = new RestorableUniformRandomProvider[copies];
        this.walkers = new WalkerTracker[copies];
        for (int c = 0; c < copies; c++) {
            // the seed is irrelevant: the saved state overwrites the whole generator state
            rngs[c] = RandomStreams.create(0, RandomStreams.Purpose.TEMPERING, c);
            RandomStreams.restoreState(rngs[c], s.rngStates()[c]);
            walkers[c] = WalkerTracker.of(s.walkerAtSlot()[c], s.lastEnd()[c], s.roundTrips()[c], s.deepestSinceHot()[c],
                    s.descents()[c]);
        }
        this.statistics = PairStatistics.of(s.attempts(), s.accepts(), s.acceptanceProbabilitySum());
        List<SwapReport.Adaptation> history = new ArrayList<>();
        for (int i = 0; i < s.adaptationRounds().length; i++) {
            history.add(new SwapReport.Adaptation(s.adaptationRounds()[i],
                    Arrays.stream(s.adaptationBetas()[i]).boxed().toList(), s.adaptationLambdas()[i]));
        }
        this.adaptation = LadderAdaptation.restore(adaptive, betas.length, burnInRounds, s.adaptationsDone(), history);
        this.roundsCounted = s.roundsCounted();
        this.lastRound = s.lastRound();
    }

    public int slots() {
        return betas.length;
    }

    public int copies() {
        return copies;
    }

    /** The current inverse temperatures, ascending (slot 0 hottest); a copy. */
    public double[] betas() {
        return betas.clone();
    }

    /** The current temperatures in slot order, i.e. descending; 0 for beta = +infinity. */
    public double[] temperatures() {
        double[] t = new double[betas.length];
        for (int k = 0; k < t.length; k++) {
            t[k] = betas[k] == Double.POSITIVE_INFINITY ? 0.0 : 1.0 / betas[k];
        }
        return t;
    }

    /** The walker (the slot its configuration started at) now at {@code slot} of {@code copy}. */
    public int walkerAt(int copy, int slot) {
        return walkers[copy].walkerAt(slot);
    }

    /**
     * Decides the swaps of one round. {@code energies[c][k]} is the total energy H (not per spin) of the
     * configuration now at slot k of copy c, after the sweeps of {@code round}. The pairs of the even/odd
     * schedule are proposed in every copy and accepted with min(1, exp((beta_{k+1} - beta_k)(E_{k+1} - E_k)));
     * statistics and walker positions are updated.
     *
     * @return moves[c][k] = the slot whose configuration comes to slot k of copy c (k where nothing moved)
     */
    public int[][] exchange(long round, double[][] energies) {
        if (round <= lastRound) {
            throw new InvalidParameterException("round", round, "a round after the last one exchanged (" + lastRound + ")");
        }
        checkEnergies(energies);
        int slots = betas.length;
        int[] pairs = SwapSchedule.proposedPairs(round, slots);
        int[][] moves = new int[copies][slots];
        for (int c = 0; c < copies; c++) {
            for (int k = 0; k < slots; k++) {
                moves[c][k] = k;
            }
            for (int k : pairs) {
                double p = SwapRule.acceptanceProbability(betas[k], betas[k + 1], energies[c][k], energies[c][k + 1]);
                boolean accepted = SwapRule.accepts(p, rngs[c].nextDouble());
                statistics.record(k, p, accepted);
                if (accepted) {
                    moves[c][k] = k + 1;
                    moves[c][k + 1] = k;
                }
            }
            if (slots > 1) { // with one slot nothing moves, and the hottest slot is also the coldest
                walkers[c].apply(moves[c]);
            }
        }
        roundsCounted++;
        lastRound = round;
        return moves;
    }

    private void checkEnergies(double[][] energies) {
        if (energies == null || energies.length != copies) {
            throw new InvalidParameterException("energies", energies == null ? null : energies.length + " copies",
                    "one row per copy (" + copies + ")");
        }
        for (int c = 0; c < copies; c++) {
            if (energies[c] == null || energies[c].length != betas.length) {
                throw new InvalidParameterException("energies[" + c + "]", energies[c] == null ? null : Arrays.toString(energies[c]),
                        "one energy per slot (" + betas.length + ")");
            }
            for (double e : energies[c]) {
                if (!Double.isFinite(e)) {
                    throw new InvalidParameterException("energies[" + c + "]", Arrays.toString(energies[c]), "finite energies");
                }
            }
        }
    }

    /**
     * Called once after every exchange, with the same round. For an adaptive ladder, at the adaptation
     * points of the burn-in (see {@link LadderAdaptation}), re-spaces the interior betas so that every pair
     * has the same estimated rejection rate, records the step and clears the statistics, which describe
     * the old ladder. A step is skipped when some pair has not been attempted yet or nothing was ever
     * rejected (no information on where to move the slots); the statistics then keep accumulating.
     *
     * @return true if the betas changed; the caller then tells the replicas their new temperatures
     */
    public boolean adaptLadder(long round) {
        if (round != lastRound) {
            throw new InvalidParameterException("round", round, "the round of the last exchange (" + lastRound + ")");
        }
        if (!adaptation.takeDuePoint(round) || !statistics.coversEveryPair() || !(statistics.lambda() > 0.0)) {
            return false;
        }
        double[] respaced = new CommunicationBarrier(betas, statistics.rejectionRates()).equalRejectionBetas(betas.length);
        adaptation.record(round, respaced, statistics.lambda());
        boolean changed = !Arrays.equals(respaced, betas);
        betas = respaced;
        resetStatistics();
        return changed;
    }

    /**
     * Clears acceptance and round-trip statistics (the engine calls it at the end of burn-in, so that
     * reports describe the measurement phase). Walker positions, and the end each walker touched last,
     * are kept.
     */
    public void resetStatistics() {
        statistics.reset();
        for (WalkerTracker w : walkers) {
            w.resetCounts();
        }
        roundsCounted = 0;
    }

    public SwapReport report() {
        int slots = betas.length;
        double[] t = temperatures();
        List<SwapReport.Pair> pairs = new ArrayList<>();
        double lambda = 0.0;
        double barrierSum = 0.0; // sum r/(1-r), Syed et al.'s finite-ladder barrier
        for (int k = 0; k + 1 < slots; k++) {
            double r = statistics.rejectionRate(k);
            pairs.add(new SwapReport.Pair(k, t[k], t[k + 1], betas[k], betas[k + 1], statistics.attempts(k),
                    statistics.accepts(k), statistics.acceptanceRate(k), r));
            lambda += r;
            barrierSum += r / (1.0 - r);
        }
        List<SwapReport.Copy> copyReports = new ArrayList<>();
        long total = 0;
        for (int c = 0; c < copies; c++) {
            List<Integer> at = new ArrayList<>();
            List<Long> trips = new ArrayList<>();
            List<Long> descents = new ArrayList<>();
            for (int k = 0; k < slots; k++) {
                at.add(walkers[c].walkerAt(k));
                trips.add(walkers[c].roundTrips(k));
                descents.add(walkers[c].descents(k));
            }
            long copyTrips = walkers[c].totalRoundTrips();
            total += copyTrips;
            copyReports.add(new SwapReport.Copy(c, at, trips, copyTrips, rate(copyTrips, roundsCounted), descents));
        }
        boolean tempered = slots > 1;
        double ideal = tempered ? 1.0 / (2.0 + 2.0 * lambda) : 0.0;
        double predicted = tempered ? 1.0 / (2.0 + 2.0 * barrierSum) : 0.0;
        int recommended = !tempered || Double.isNaN(lambda) ? slots : (int) Math.max(2, Math.ceil(2.0 * lambda));
        return new SwapReport(pairs, lambda, roundsCounted, copyReports, total, rate(total, (long) copies * roundsCounted),
                ideal, predicted, recommended, adaptation.history());
    }

    private static double rate(long count, long rounds) {
        return rounds == 0 ? Double.NaN : count / (double) rounds;
    }

    /** Everything needed to continue bit for bit. */
    public Snapshot snapshot() {
        byte[][] states = new byte[copies][];
        int[][] at = new int[copies][];
        int[][] ends = new int[copies][];
        long[][] trips = new long[copies][];
        int[][] deepest = new int[copies][];
        long[][] descents = new long[copies][];
        for (int c = 0; c < copies; c++) {
            states[c] = RandomStreams.saveState(rngs[c]);
            at[c] = walkers[c].walkerAtSlotCopy();
            ends[c] = walkers[c].lastEndOrdinals();
            trips[c] = walkers[c].roundTripsCopy();
            deepest[c] = walkers[c].deepestSinceHotCopy();
            descents[c] = walkers[c].descentsCopy();
        }
        List<SwapReport.Adaptation> history = adaptation.history();
        long[] rounds = new long[history.size()];
        double[][] ladders = new double[history.size()][];
        double[] lambdas = new double[history.size()];
        for (int i = 0; i < rounds.length; i++) {
            rounds[i] = history.get(i).round();
            ladders[i] = history.get(i).betas().stream().mapToDouble(Double::doubleValue).toArray();
            lambdas[i] = history.get(i).lambda();
        }
        return new Snapshot(adaptive, burnInRounds, betas.clone(), states, lastRound, roundsCounted,
                statistics.attemptsCopy(), statistics.acceptsCopy(), statistics.acceptanceProbabilitySumCopy(),
                at, ends, trips, deepest, descents, adaptation.done(), rounds, ladders, lambdas);
    }

    public static ReplicaExchange restore(Snapshot s) {
        return new ReplicaExchange(s);
    }

    /**
     * The state of a {@link ReplicaExchange}, as plain arrays and numbers (Jackson writes and reads it).
     * Arrays are compared by content.
     *
     * @param adaptive           whether the ladder is adaptive
     * @param burnInRounds       rounds of burn-in, which fix the adaptation points
     * @param betas              the current ladder, ascending
     * @param rngStates          the swap stream state of each copy (its length is the number of copies)
     * @param lastRound          the round of the last exchange, -1 before the first
     * @param roundsCounted      exchanges since the statistics were cleared
     * @param attempts           per pair, pooled over copies
     * @param accepts            per pair
     * @param acceptanceProbabilitySum per pair, the sum of the acceptance probabilities of its attempts
     * @param walkerAtSlot       [copy][slot] the walker at each slot
     * @param lastEnd            [copy][walker] the end each walker touched last (0 none, 1 coldest, 2 hottest)
     * @param roundTrips         [copy][walker] round trips since the statistics were cleared
     * @param deepestSinceHot    [copy][walker] the coldest slot reached since the hottest one, -1 before the first visit there
     * @param descents           [copy][slot] descents from the hottest slot since the statistics were cleared
     * @param adaptationsDone    adaptation points used up
     * @param adaptationRounds   per re-spacing so far: its round
     * @param adaptationBetas    per re-spacing: the ladder it produced
     * @param adaptationLambdas  per re-spacing: the Lambda estimate it was computed from
     */
    public record Snapshot(boolean adaptive, long burnInRounds, double[] betas, byte[][] rngStates, long lastRound,
                           long roundsCounted, long[] attempts, long[] accepts, double[] acceptanceProbabilitySum,
                           int[][] walkerAtSlot, int[][] lastEnd, long[][] roundTrips, int[][] deepestSinceHot,
                           long[][] descents, int adaptationsDone,
                           long[] adaptationRounds, double[][] adaptationBetas, double[] adaptationLambdas) {

        public Snapshot {
            int slots = betas.length;
            int copies = rngStates.length;
            boolean consistent = slots >= 1 && copies >= 1 && isStrictlyAscending(betas)
                    && attempts.length == slots - 1 && accepts.length == slots - 1 && acceptanceProbabilitySum.length == slots - 1
                    && walkerAtSlot.length == copies && lastEnd.length == copies && roundTrips.length == copies
                    && deepestSinceHot != null && deepestSinceHot.length == copies && descents != null && descents.length == copies
                    && adaptationBetas.length == adaptationRounds.length && adaptationLambdas.length == adaptationRounds.length;
            for (int c = 0; consistent && c < copies; c++) {
                consistent = walkerAtSlot[c].length == slots && lastEnd[c].length == slots && roundTrips[c].length == slots
                        && deepestSinceHot[c].length == slots && descents[c].length == slots
                        && Arrays.stream(deepestSinceHot[c]).allMatch(d -> d >= -1 && d < slots)
                        && isPermutation(walkerAtSlot[c])
                        && Arrays.stream(lastEnd[c]).allMatch(e -> e >= 0 && e < WalkerTracker.LastEnd.values().length);
            }
            if (!consistent) {
                throw new InvalidParameterException("tempering snapshot", "betas " + Arrays.toString(betas) + ", " + copies + " copies",
                        "strictly ascending betas and arrays sized for that ladder: slots - 1 pairs, and per copy a permutation of the slots");
            }
        }

        private static boolean isStrictlyAscending(double[] a) {
            for (int k = 0; k + 1 < a.length; k++) {
                if (!(a[k] < a[k + 1])) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isPermutation(int[] a) {
            boolean[] seen = new boolean[a.length];
            for (int w : a) {
                if (w < 0 || w >= a.length || seen[w]) {
                    return false;
                }
                seen[w] = true;
            }
            return true;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Snapshot s
                    && adaptive == s.adaptive && burnInRounds == s.burnInRounds && lastRound == s.lastRound
                    && roundsCounted == s.roundsCounted && adaptationsDone == s.adaptationsDone
                    && Arrays.equals(betas, s.betas) && Arrays.deepEquals(rngStates, s.rngStates)
                    && Arrays.equals(attempts, s.attempts) && Arrays.equals(accepts, s.accepts)
                    && Arrays.equals(acceptanceProbabilitySum, s.acceptanceProbabilitySum)
                    && Arrays.deepEquals(walkerAtSlot, s.walkerAtSlot) && Arrays.deepEquals(lastEnd, s.lastEnd)
                    && Arrays.deepEquals(roundTrips, s.roundTrips) && Arrays.deepEquals(deepestSinceHot, s.deepestSinceHot)
                    && Arrays.deepEquals(descents, s.descents) && Arrays.equals(adaptationRounds, s.adaptationRounds)
                    && Arrays.deepEquals(adaptationBetas, s.adaptationBetas)
                    && Arrays.equals(adaptationLambdas, s.adaptationLambdas);
        }

        @Override
        public int hashCode() {
            int h = Boolean.hashCode(adaptive);
            h = 31 * h + Long.hashCode(burnInRounds);
            h = 31 * h + Long.hashCode(lastRound);
            h = 31 * h + Long.hashCode(roundsCounted);
            h = 31 * h + adaptationsDone;
            h = 31 * h + Arrays.hashCode(betas);
            h = 31 * h + Arrays.deepHashCode(rngStates);
            h = 31 * h + Arrays.hashCode(attempts);
            h = 31 * h + Arrays.hashCode(accepts);
            h = 31 * h + Arrays.hashCode(acceptanceProbabilitySum);
            h = 31 * h + Arrays.deepHashCode(walkerAtSlot);
            h = 31 * h + Arrays.deepHashCode(lastEnd);
            h = 31 * h + Arrays.deepHashCode(roundTrips);
            h = 31 * h + Arrays.deepHashCode(descents);
            h = 31 * h + Arrays.hashCode(adaptationRounds);
            h = 31 * h + Arrays.deepHashCode(adaptationBetas);
            return 31 * h + Arrays.hashCode(adaptationLambdas);
        }

        @Override
        public String toString() {
            return "Snapshot[adaptive=" + adaptive + ", burnInRounds=" + burnInRounds + ", betas=" + Arrays.toString(betas)
                    + ", copies=" + rngStates.length + ", lastRound=" + lastRound + ", roundsCounted=" + roundsCounted
                    + ", attempts=" + Arrays.toString(attempts) + ", accepts=" + Arrays.toString(accepts)
                    + ", walkerAtSlot=" + Arrays.deepToString(walkerAtSlot) + ", roundTrips=" + Arrays.deepToString(roundTrips)
                    + ", adaptationsDone=" + adaptationsDone + ", adaptationRounds=" + Arrays.toString(adaptationRounds) + "]";
        }
    }
}
