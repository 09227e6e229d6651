package io.densehebb.mc;

import java.lang.reflect.InvocationTargetException;

/**
 * Chooses the flip kernel of a state at run time from what the data allows:
 *
 * <table>
 *   <caption>kernels</caption>
 *   <tr><th>data</th><th>kernel</th><th>one attempt</th></tr>
 *   <tr><td>+-1 weights, P = 2, K &gt;= N (N &lt;= 4096), and later wherever the chain's acceptance
 *       rate falls below about K / (2.5 N) ({@link #forAcceptance})</td><td>field: {@code VectorPairFieldKernel},
 *       else {@link PairFieldKernel}: local fields from the shared N x N matrix J</td><td>O(1); an
 *       accepted flip costs O(N + K)</td></tr>
 *   <tr><td>+-1 weights, P = 2 (distinct or full power)</td><td>pair: {@code VectorPairKernel}
 *       (int16 lanes, N &lt;= 32767), else {@link PairKernel}</td><td>one int dot product of row i with p1</td></tr>
 *   <tr><td>+-1 weights, P &gt;= 3 (distinct or full power), exact regime</td><td>table:
 *       {@code VectorTableKernel} (int32 lanes, where every polynomial value fits an int), else
 *       {@link TableKernel}</td><td>one long dot product of row i with A = U(p1)</td></tr>
 *   <tr><td>integer weights (supervised, M &gt; 1), P = 2, max|w|^2 N &lt; 2^31</td><td>
 *       {@code VectorIntegerPairKernel} (int32 lanes), else {@link GeneralKernel}</td><td>one int dot
 *       product of row i with p1</td></tr>
 *   <tr><td>integer weights (supervised, M &gt; 1), exact regime</td><td>{@link GeneralKernel}</td>
 *       <td>Newton's identities per term in long arithmetic</td></tr>
 *   <tr><td>anything outside the exact regime (|S| could pass 2^60)</td><td>{@link ReferenceKernel}</td>
 *       <td>the double formulas</td></tr>
 * </table>
 *
 * The vector kernels are loaded by name, and only when the module jdk.incubator.vector is in the boot
 * layer (the launcher and the tests pass {@code --add-modules jdk.incubator.vector}); without it, or
 * with {@code -Ddensehebb.vector=false}, the scalar kernels run and give the same results.
 */
public final class FlipKernels {

    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final boolean VECTOR_USABLE = vectorUsable();

    private FlipKernels() {
    }

    /** True when jdk.incubator.vector is in the boot layer. */
    public static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent();
    }

    /** True when the vector kernels will be used by {@link KernelChoice#AUTO}. */
    public static boolean vectorKernelsEnabled() {
        return VECTOR_USABLE;
    }

    private static boolean vectorUsable() {
        if (!vectorModulePresent() || !Boolean.parseBoolean(System.getProperty("densehebb.vector", "true"))) {
            return false;
        }
        try {
            Class<?> probe = Class.forName("io.densehebb.mc.VectorProbe");
            return (Boolean) probe.getDeclaredMethod("usable").invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return false;
        }
    }

    static FlipKernel create(Couplings c, byte[] sigma, KernelChoice choice) {
        return create(c, sigma, choice, VECTOR_USABLE);
    }

    /** The selection, with the availability of the Vector API as a parameter (tests drive the fallback). */
    static FlipKernel create(Couplings c, byte[] sigma, KernelChoice choice, boolean vectorAvailable) {
        if (choice == KernelChoice.REFERENCE || !c.exact) {
            return new ReferenceKernel(c, sigma);
        }
        boolean vector = vectorAvailable && choice == KernelChoice.AUTO;
        if (c.plusMinusOne && c.order == 2) {
            return pairKernel(c, sigma, PairFieldKernel.preferred(c), vector);
        }
        if (c.plusMinusOne) {
            if (vector && VectorKernelsGate.tableFits(c)) {
                return loadVector("io.densehebb.mc.VectorTableKernel", c, sigma);
            }
            return c.tableU != null ? new TableKernel(c, sigma) : new ReferenceKernel(c, sigma);
        }
        if (c.order == 2 && vector && VectorKernelsGate.integerPairFits(c)) {
            return loadVector("io.densehebb.mc.VectorIntegerPairKernel", c, sigma);
        }
        return new GeneralKernel(c, sigma);
    }

    private static FlipKernel pairKernel(Couplings c, byte[] sigma, boolean field, boolean vector) {
        if (field) {
            if (vector && VectorKernelsGate.fieldFits(c)) {
                return loadVector("io.densehebb.mc.VectorPairFieldKernel", c, sigma);
            }
            return new PairFieldKernel(c, sigma);
        }
        if (vector && VectorKernelsGate.pairFits(c)) {
            return loadVector("io.densehebb.mc.VectorPairKernel", c, sigma);
        }
        return new PairKernel(c, sigma);
    }

    /**
     * The kernel a chain should run on now that it accepts {@code acceptanceRate} of its flips: P = 2
     * with +-1 weights has two, and which is cheaper depends on that rate. The dot-product kernel pays
     * K terms per attempt, the local-field kernel N fields (and K sums) per accepted flip, so the field
     * wins below a rate of about K / (2.5 N) (measured with {@code bench}, N = 1000: K = 250, 500, 1000
     * cross over at 0.15, 0.24, 0.38; the operation count alone says K / 2N). The switch waits for
     * the rate to leave a band of 0.8 to 1.25 times that, so that a chain near it does not flip-flop.
     * Returns {@code current} when it stays, else a new kernel on the same configuration; every kernel
     * gives the same energy changes, so switching never changes a trajectory.
     */
    static FlipKernel forAcceptance(FlipKernel current, Couplings c, byte[] sigma, KernelChoice choice,
                                    boolean vectorAvailable, double acceptanceRate) {
        if (choice == KernelChoice.REFERENCE || !c.exact || !c.plusMinusOne || c.order != 2 || !PairFieldKernel.supports(c)) {
            return current;
        }
        boolean field = current instanceof PairFieldKernel;
        double crossover = c.terms / (2.5 * c.n);
        boolean wantField = field ? acceptanceRate <= 1.25 * crossover : acceptanceRate < 0.8 * crossover;
        if (wantField == field) {
            return current;
        }
        return pairKernel(c, sigma, wantField, vectorAvailable && choice == KernelChoice.AUTO);
    }

    /** The name of the kernel {@link #create} would choose (builds one on a zero state). */
    public static String describe(Couplings c, KernelChoice choice) {
        byte[] ones = new byte[c.n];
        java.util.Arrays.fill(ones, (byte) 1);
        return create(c, ones, choice).name();
    }

    private static FlipKernel loadVector(String className, Couplings c, byte[] sigma) {
        try {
            return (FlipKernel) Class.forName(className).getDeclaredConstructor(Couplings.class, byte[].class)
                    .newInstance(c, sigma);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot build " + className, e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("cannot load " + className + " although " + VECTOR_MODULE + " is present", e);
        }
    }

    /** The fit tests of the vector kernels, reached reflectively so this class never links to the Vector API. */
    private static final class VectorKernelsGate {
        static boolean pairFits(Couplings c) {
            return call("pairFits", c);
        }

        static boolean tableFits(Couplings c) {
            return call("tableFits", c);
        }

        static boolean fieldFits(Couplings c) {
            return call("fieldFits", c);
        }

        static boolean integerPairFits(Couplings c) {
            return call("integerPairFits", c);
        }

        private static boolean call(String method, Couplings c) {
            try {
                return (Boolean) Class.forName("io.densehebb.mc.VectorProbe").getDeclaredMethod(method, Couplings.class)
                        .invoke(null, c);
            } catch (ReflectiveOperationException | LinkageError e) {
                return false;
            }
        }
    }
}
