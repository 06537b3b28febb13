/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.snn4j.data;

import java.util.Objects;

/**
 * How event streams become the frames [T, 2, H, W] a model sees (T itself is
 * {@link DatasetRequest#timesteps()}).
 *
 * <p>Pixel value = {@code scale(min(count, clip)) / divisor}, where {@code count} is the number of
 * events of that polarity in the frame's time slice and output bin. Spatial downsampling sums whole
 * sensor pixels into bins: sensor column x goes to output column {@code floor(x * width / sensorWidth)}
 * (rows alike), so 128 → 48 puts 2 or 3 sensor columns into each output column, every event counted
 * exactly once.
 *
 * @param split how the stream is cut into T frames
 * @param height output rows; 0 (with width 0) means the dataset's default frame size
 * @param width output columns; 0 (with height 0) means the dataset's default frame size
 * @param clip counts above this are clipped to it; 0 means no clipping (counts saturate at 65,535,
 *     the cache's 16-bit range)
 * @param scale applied to the clipped count
 * @param divisor the scaled value is divided by it; 1 leaves it as it is
 */
public record FrameOptions(FrameSplit split, int height, int width, int clip, FrameScale scale, float divisor) {

    /** Largest count a frame pixel can hold (the cache stores unsigned 16-bit counts). */
    public static final int MAX_COUNT = 65_535;

    /** Split by event number, the dataset's default size, raw counts: SpikingJelly's frames. */
    public static final FrameOptions DEFAULT = new FrameOptions(FrameSplit.NUMBER, 0, 0, 0, FrameScale.COUNT, 1f);

    public FrameOptions {
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(scale, "scale");
        if (height < 0 || width < 0 || (height == 0) != (width == 0)) {
            throw Problems.error("frame size: expected two positive sizes, or 0x0 for the dataset's default, found "
                    + height + "x" + width);
        }
        if (clip < 0 || clip > MAX_COUNT) {
            throw Problems.error("frame clip: expected 0 (none) to " + MAX_COUNT + ", found " + clip);
        }
        if (!(divisor > 0) || Float.isInfinite(divisor)) {
            throw Problems.error("frame divisor: expected a positive finite number, found " + divisor);
        }
    }

    /** Whether the dataset's default frame size applies. */
    public boolean defaultSize() {
        return height == 0;
    }

    public FrameOptions withSplit(FrameSplit newSplit) {
        return new FrameOptions(newSplit, height, width, clip, scale, divisor);
    }

    public FrameOptions withSize(int newHeight, int newWidth) {
        return new FrameOptions(split, newHeight, newWidth, clip, scale, divisor);
    }

    public FrameOptions withClip(int newClip) {
        return new FrameOptions(split, height, width, newClip, scale, divisor);
    }

    public FrameOptions withScale(FrameScale newScale, float newDivisor) {
        return new FrameOptions(split, height, width, clip, newScale, newDivisor);
    }
}
