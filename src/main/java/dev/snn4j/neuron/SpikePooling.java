package dev.snn4j.neuron;

/**
 * 2×2 max pooling with stride 2 of one time step's spikes, for {@link SpikeKernel}'s fused
 * "spiking layer then max pool": the pooled map is written instead of the spikes (a quarter of the
 * memory traffic) and the pool's backward becomes part of the layer's.
 *
 * <p>A block of neurons is a whole number of row pairs of [..., H, W] maps (rows 2i and 2i + 1 are
 * adjacent in memory), so each block pools on its own and pooled offsets are neuron offsets / 4.
 * The gradient goes where PyTorch's CPU max pool sends it: to the first maximum of the window in
 * row-major order, which for spikes is the first neuron that fired, or the window's top-left
 * neuron when none did.
 */
final class SpikePooling {

    private SpikePooling() {}

    /** Neurons per block near {@code target}: a positive multiple of 2 {@code width}. */
    static int blockSize(int target, int width) {
        int rowPair = 2 * width;
        return Math.max(1, target / rowPair) * rowPair;
    }

    /**
     * pooled[o] = max of each 2×2 window of {@code s[0, len)}, len a multiple of 2 {@code width}.
     */
    static void pool(float[] s, int len, int width, float[] pooled) {
        int o = 0;
        for (int r = 0; r < len; r += 2 * width) {
            for (int a = r; a < r + width; a += 2) {
                pooled[o++] = Math.max(Math.max(s[a], s[a + 1]), Math.max(s[a + width], s[a + width + 1]));
            }
        }
    }

    /**
     * The spikes' gradient from the pooled map's: each window's gradient goes to its first maximum
     * (strictly greater than the ones before it, as in PyTorch); the other three get 0.
     */
    static void route(float[] s, int len, int width, float[] gradPooled, float[] gradSpikes) {
        int o = 0;
        for (int r = 0; r < len; r += 2 * width) {
            for (int a = r; a < r + width; a += 2) {
                int right = a + 1;
                int below = a + width;
                int diagonal = below + 1;
                int best = a;
                float max = s[a];
                if (s[right] > max) {
                    max = s[right];
                    best = right;
                }
                if (s[below] > max) {
                    max = s[below];
                    best = below;
                }
                if (s[diagonal] > max) {
                    best = diagonal;
                }
                gradSpikes[a] = 0f;
                gradSpikes[right] = 0f;
                gradSpikes[below] = 0f;
                gradSpikes[diagonal] = 0f;
                gradSpikes[best] = gradPooled[o++];
            }
        }
    }
}
