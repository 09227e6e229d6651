package io.densehebb.data;

import java.nio.file.Path;
import java.util.List;

/** The real data sets in ./data (the project folder, where tests run), as scripts/fetch-data leaves them. */
public final class RealData {

    private RealData() {
    }

    public static DataSource source(String name) {
        return new DataSource(DataSource.Kind.named(name), List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), Binarisation.HALF_GREY,
                Path.of("data").toAbsolutePath(), null, null);
    }
}
