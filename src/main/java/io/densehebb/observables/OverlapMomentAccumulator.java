package io.densehebb.observables;

/** Accumulates the {@link OverlapMoments} series: binned q, |q|, q^2, q^4 and jackknife blocks for the Binder ratio. */
public final class OverlapMomentAccumulator {

    private final BinningAccumulator q;
    private final BinningAccumulator absQ;
    private final BinningAccumulator q2;
    private final BinningAccumulator q4;
    private final JackknifeBlocks binderBlocks;

    public OverlapMomentAccumulator() {
        this(new BinningAccumulator(), new BinningAccumulator(), new BinningAccumulator(), new BinningAccumulator(),
                new JackknifeBlocks(2));
    }

    private OverlapMomentAccumulator(BinningAccumulator q, BinningAccumulator absQ, BinningAccumulator q2,
                                     BinningAccumulator q4, JackknifeBlocks binderBlocks) {
        this.q = q;
        this.absQ = absQ;
        this.q2 = q2;
        this.q4 = q4;
        this.binderBlocks = binderBlocks;
    }

    /** One measurement: the moments already averaged over the pairs it covers. */
    public void add(double meanQ, double meanAbsQ, double meanQ2, double meanQ4) {
        q.add(meanQ);
        absQ.add(meanAbsQ);
        q2.add(meanQ2);
        q4.add(meanQ4);
        binderBlocks.add(meanQ2, meanQ4);
    }

    public OverlapMoments summary() {
        return new OverlapMoments(q.count(), Estimate.of(q), Estimate.of(absQ), Estimate.of(q2), Estimate.of(q4),
                binderBlocks.jackknife(OverlapMomentAccumulator::binder));
    }

    /** g = (3 - <q^4>/<q^2>^2) / 2 from the means (q^2, q^4). */
    static double binder(double[] q2q4) {
        return 0.5 * (3.0 - q2q4[1] / (q2q4[0] * q2q4[0]));
    }

    public Snapshot snapshot() {
        return new Snapshot(q.snapshot(), absQ.snapshot(), q2.snapshot(), q4.snapshot(), binderBlocks.snapshot());
    }

    public static OverlapMomentAccumulator restore(Snapshot s) {
        return new OverlapMomentAccumulator(BinningAccumulator.restore(s.q()), BinningAccumulator.restore(s.absQ()),
                BinningAccumulator.restore(s.q2()), BinningAccumulator.restore(s.q4()),
                JackknifeBlocks.restore(s.binderBlocks()));
    }

    /** Serializable state (its parts define equality). */
    public record Snapshot(BinningAccumulator.Snapshot q, BinningAccumulator.Snapshot absQ, BinningAccumulator.Snapshot q2,
                           BinningAccumulator.Snapshot q4, JackknifeBlocks.Snapshot binderBlocks) {
    }
}
