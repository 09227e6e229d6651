package io.densehebb.observables;

import static org.assertj.core.api.Assertions.assertThat;

import io.densehebb.mc.PackedSpins;
import io.densehebb.model.RandomStreams;
import org.junit.jupiter.api.Test;

class ReplicaOverlapTest {

    @Test
    void packedOverlapEqualsTheSiteSum() {
        var rng = RandomStreams.create(4, RandomStreams.Purpose.INITIAL_STATE, 0);
        for (int n : new int[] {1, 63, 64, 65, 130, 1000}) {
            byte[] a = new byte[n];
            byte[] b = new byte[n];
            long dot = 0;
            for (int i = 0; i < n; i++) {
                a[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
                b[i] = rng.nextBoolean() ? (byte) 1 : (byte) -1;
                dot += a[i] * b[i];
            }
            long[] pa = PackedSpins.pack(a);
            long[] pb = PackedSpins.pack(b);
            assertThat(ReplicaOverlap.overlap(pa, pb, n)).isEqualTo(dot / (double) n);
            int bin = ReplicaOverlap.histogramBin(pa, pb, n);
            assertThat(-1.0 + 2.0 * bin / n).isEqualTo(dot / (double) n, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(PackedSpins.unpack(pa, n)).isEqualTo(a);
        }
    }
}
