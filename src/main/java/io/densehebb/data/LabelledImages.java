package io.densehebb.data;

/** Images with one class label each (0..255, in practice the digits or garment classes 0..9). */
public record LabelledImages(Images images, byte[] labels) {

    public LabelledImages {
        if (labels.length != images.count()) {
            throw new IllegalArgumentException(labels.length + " labels for " + images.count() + " images");
        }
    }

    public int label(int k) {
        return labels[k] & 0xff;
    }

    public int count() {
        return images.count();
    }
}
