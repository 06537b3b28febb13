/*
 * Copyright 2026 the snn4j authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * ImageNet-style image folders ({@code train/<class>/*}, {@code val/<class>/*}) of JPEG and PNG files,
 * decoded with javax.imageio: files checked when indexed, torchvision's random-resized crop and
 * resize-then-centre-crop evaluation, antialiased resizing, and batches decoded on a thread pool with
 * every random parameter drawn first so batches do not depend on the number of threads. Entry point:
 * {@link dev.snn4j.data.imagefolder.ImageFolderDatasets}.
 */
package dev.snn4j.data.imagefolder;
