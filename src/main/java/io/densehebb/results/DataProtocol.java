package io.densehebb.results;

/** The sentence every output about image data carries: the protocol is this tool's, not the papers'. */
public final class DataProtocol {

    public static final String IMAGES = "pixels binarised to +1 where grey > threshold, else -1; proxy archetype = "
            + "sign of the class mean of the binarised training images (ties +1); examples = M training images per class "
            + "drawn from the seed. This protocol is densehebb's own: the papers' exact protocol is not available.";

    private DataProtocol() {
    }
}
