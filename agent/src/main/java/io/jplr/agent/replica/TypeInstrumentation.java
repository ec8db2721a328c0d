package io.jplr.agent.replica;

import java.util.List;

/** The interceptions jPLR weaves into one JDK type. */
interface TypeInstrumentation {
    /** The binary name of the type, such as {@code java.io.FileOutputStream}. */
    String typeName();

    List<Interception> interceptions();
}
