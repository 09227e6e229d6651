package io.densehebb.mc;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector species every vector kernel uses, fixed once per JVM (static finals, so that the JIT
 * sees constants). Width: the system property {@code densehebb.vector.bits} (256 or 512), else
 * the platform's preferred width capped at {@link #DEFAULT_MAX_BITS}. Loaded only when the module
 * jdk.incubator.vector is present (see {@link FlipKernels}).
 */
final class VectorShapes {

    /** Default cap on the width (bits); see the Benchmarks section of README.md for the measurements. */
    static final int DEFAULT_MAX_BITS = 256;

    static final int BITS = chooseBits();
    /** Short lanes (p1 of the pair kernel), BITS wide. */
    static final VectorSpecies<Short> SHORTS = VectorSpecies.of(short.class, VectorShape.forBitSize(BITS));
    /** The bytes that widen into {@link #SHORTS}: BITS / 2 wide. */
    static final VectorSpecies<Byte> BYTES_FOR_SHORTS = VectorSpecies.of(byte.class, VectorShape.forBitSize(BITS / 2));
    /** Int lanes (accumulators and the table kernel), BITS wide. */
    static final VectorSpecies<Integer> INTS = VectorSpecies.of(int.class, VectorShape.forBitSize(BITS));
    /** The bytes that widen into {@link #INTS}: BITS / 4 wide. */
    static final VectorSpecies<Byte> BYTES_FOR_INTS = VectorSpecies.of(byte.class, VectorShape.forBitSize(BITS / 4));

    private VectorShapes() {
    }

    private static int chooseBits() {
        int preferred = VectorShape.preferredShape().vectorBitSize();
        String forced = System.getProperty("densehebb.vector.bits");
        int bits = forced != null ? Integer.parseInt(forced.trim()) : Math.min(preferred, DEFAULT_MAX_BITS);
        bits = Math.min(bits, preferred);
        if (bits != 256 && bits != 512) {
            // the bytes that widen into int lanes are BITS / 4 wide, and 64 bits is the narrowest shape
            throw new IllegalArgumentException("densehebb.vector.bits must be 256 or 512 (and at most "
                    + preferred + " here), got " + bits);
        }
        return bits;
    }

    static String describe() {
        return BITS + "-bit";
    }
}
