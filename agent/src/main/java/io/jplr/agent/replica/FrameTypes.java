package io.jplr.agent.replica;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/** How a stack map frame names a local of a given type (the rewriters write their frames themselves). */
final class FrameTypes {
    private FrameTypes() {
    }

    static Object of(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
            case Type.BYTE:
            case Type.CHAR:
            case Type.SHORT:
            case Type.INT:
                return Opcodes.INTEGER;
            case Type.FLOAT:
                return Opcodes.FLOAT;
            case Type.LONG:
                return Opcodes.LONG;
            case Type.DOUBLE:
                return Opcodes.DOUBLE;
            default:
                return type.getInternalName();
        }
    }
}
