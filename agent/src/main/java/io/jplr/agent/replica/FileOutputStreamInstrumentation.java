package io.jplr.agent.replica;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.jplr.bootstrap.Boundary;
import java.io.FileDescriptor;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.DynamicType;

/**
 * Writes to stdout and stderr: every {@code FileOutputStream} on {@code FileDescriptor.out} or {@code err},
 * which is what {@code System.out}, {@code System.err} and the streams applications open on those
 * descriptors end in. Such a write is posted to the master instead of reaching the descriptor.
 */
final class FileOutputStreamInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.io.FileOutputStream";
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
        return builder
                .visit(Advice.to(WriteRange.class).on(named("write").and(takesArguments(byte[].class, int.class, int.class))))
                .visit(Advice.to(WriteArray.class).on(named("write").and(takesArguments(byte[].class))))
                .visit(Advice.to(WriteByte.class).on(named("write").and(takesArguments(int.class))));
    }

    static final class WriteRange {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.Argument(0) byte[] bytes,
                @Advice.Argument(1) int offset, @Advice.Argument(2) int length) {
            return Boundary.write(fd, bytes, offset, length);
        }
    }

    static final class WriteArray {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.Argument(0) byte[] bytes) {
            return Boundary.write(fd, bytes, 0, bytes.length);
        }
    }

    static final class WriteByte {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.Argument(0) int value) {
            return Boundary.write(fd, value);
        }
    }
}
