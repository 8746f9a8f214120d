package org.residencedesk.domain.form;

import java.io.IOException;

/** A real 102×126 PNG for tests outside this package. */
public final class PhotoValueTestAccess {
    private PhotoValueTestAccess() {
    }

    public static byte[] png() throws IOException {
        return PhotoValueTest.image("png", 102, 126);
    }
}
