package io.densehebb.tempering;

/**
 * The deterministic even/odd (DEO) schedule of non-reversible parallel tempering (Syed, Bouchard-Cote,
 * Deligiannidis, Doucet, JRSSB 84 (2022)): even rounds propose the pairs (0,1), (2,3), ..., odd rounds
 * (1,2), (3,4), ... Alternating instead of choosing the parity at random is what makes a walker that was
 * just accepted keep moving in the same direction, so it crosses the ladder in O(L) rounds instead of the
 * O(L^2) of a diffusive random walk.
 */
final class SwapSchedule {

    private SwapSchedule() {
    }

    /** The lower slots k of the pairs (k, k+1) proposed in {@code round} on a ladder of {@code slots} slots, ascending. */
    static int[] proposedPairs(long round, int slots) {
        int first = (int) (round & 1L);
        int count = Math.max(0, (slots - first) / 2);
        int[] lower = new int[count];
        for (int i = 0; i < count; i++) {
            lower[i] = first + 2 * i;
        }
        return lower;
    }
}
