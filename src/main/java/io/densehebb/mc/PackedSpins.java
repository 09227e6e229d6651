package io.densehebb.mc;

/**
 * Configurations as bit sets: bit i of word i/64 is set when sigma_i = +1. This is the compact form
 * that travels between replicas and into the overlap computation (XOR + popcount).
 */
public final class PackedSpins {

    private PackedSpins() {
    }

    public static int words(int n) {
        return (n + 63) >>> 6;
    }

    public static long[] pack(byte[] sigma) {
        long[] bits = new long[words(sigma.length)];
        for (int i = 0; i < sigma.length; i++) {
            if (sigma[i] > 0) {
                bits[i >>> 6] |= 1L << (i & 63);
            }
        }
        return bits;
    }

    public static byte[] unpack(long[] bits, int n) {
        byte[] sigma = new byte[n];
        unpackInto(bits, sigma);
        return sigma;
    }

    static void unpackInto(long[] bits, byte[] sigma) {
        if (bits.length != words(sigma.length)) {
            throw new IllegalArgumentException("bit set of " + bits.length + " words cannot hold exactly " + sigma.length + " spins");
        }
        for (int i = 0; i < sigma.length; i++) {
            sigma[i] = (bits[i >>> 6] & (1L << (i & 63))) != 0 ? (byte) 1 : (byte) -1;
        }
    }
}
