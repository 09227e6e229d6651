package io.densehebb.mc;

import jdk.incubator.vector.VectorShape;

/**
 * The vector kernels' side of the selection, loaded reflectively by {@link FlipKernels} only when
 * jdk.incubator.vector is present: whether the platform's vectors are wide enough and whether a
 * network fits a vector kernel.
 */
final class VectorProbe {

    private VectorProbe() {
    }

    static Boolean usable() {
        // int lanes widen from bytes a quarter as wide, and 64 bits is the narrowest shape
        return VectorShape.preferredShape().vectorBitSize() >= 256 && VectorShapes.BITS >= 256;
    }

    static Boolean pairFits(Couplings c) {
        return VectorPairKernel.supports(c);
    }

    static Boolean tableFits(Couplings c) {
        return VectorTableKernel.supports(c);
    }

    static Boolean fieldFits(Couplings c) {
        return VectorPairFieldKernel.fits(c);
    }

    static Boolean integerPairFits(Couplings c) {
        return VectorIntegerPairKernel.supports(c);
    }
}
