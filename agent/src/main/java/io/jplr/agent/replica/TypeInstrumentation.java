package io.jplr.agent.replica;

import net.bytebuddy.dynamic.DynamicType;

/** The advice jPLR weaves into one JDK type. */
interface TypeInstrumentation {
    /** The binary name of the type. */
    String typeName();

    /** Adds this type's advice to its builder. */
    DynamicType.Builder<?> apply(DynamicType.Builder<?> builder);
}
