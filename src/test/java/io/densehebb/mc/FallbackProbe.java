package io.densehebb.mc;

import io.densehebb.model.Interaction;
import io.densehebb.model.Network;
import io.densehebb.model.NetworkSpec;

/** Run in a child JVM by {@link KernelSelectionTest}: prints what the selection sees there. */
public final class FallbackProbe {

    private FallbackProbe() {
    }

    public static void main(String[] args) {
        Couplings pair = new Couplings(Network.synthetic(NetworkSpec.hopfield(2, 100, 16, Interaction.DISTINCT), 1));
        Couplings table = new Couplings(Network.synthetic(NetworkSpec.hopfield(4, 100, 16, Interaction.DISTINCT), 1));
        System.out.println("module=" + FlipKernels.vectorModulePresent() + " enabled=" + FlipKernels.vectorKernelsEnabled()
                + " pair=" + FlipKernels.describe(pair, KernelChoice.AUTO) + " table=" + FlipKernels.describe(table, KernelChoice.AUTO));
    }
}
