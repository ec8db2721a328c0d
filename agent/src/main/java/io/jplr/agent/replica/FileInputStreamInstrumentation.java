package io.jplr.agent.replica;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.jplr.bootstrap.Boundary;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.DynamicType;

/**
 * Reads of replicated inputs: stdin ({@code FileDescriptor.in}, under {@code System.in}) and the kernel's
 * random devices, which {@code SecureRandom}, {@code UUID.randomUUID} and friends read. The master reads
 * once; every replica receives the same bytes. Every read method {@code FileInputStream} declares is
 * covered (JDK 25 declares more than 17), so none can reach the descriptor underneath.
 */
final class FileInputStreamInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.io.FileInputStream";
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
        return builder
                .visit(Advice.to(ReadRange.class).on(named("read").and(takesArguments(byte[].class, int.class, int.class))))
                .visit(Advice.to(ReadArray.class).on(named("read").and(takesArguments(byte[].class))))
                .visit(Advice.to(ReadByte.class).on(named("read").and(takesArguments(0))))
                .visit(Advice.to(ReadAll.class).on(named("readAllBytes").and(takesArguments(0))))
                .visit(Advice.to(ReadN.class).on(named("readNBytes").and(takesArguments(int.class))))
                .visit(Advice.to(TransferTo.class).on(named("transferTo").and(takesArguments(OutputStream.class))))
                .visit(Advice.to(Skip.class).on(named("skip").and(takesArguments(long.class))))
                .visit(Advice.to(Available.class).on(named("available").and(takesArguments(0))));
    }

    static final class ReadRange {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Argument(0) byte[] bytes,
                @Advice.Argument(1) int offset, @Advice.Argument(2) int length,
                @Advice.Return(readOnly = false) int result) throws IOException {
            if (replicated) {
                result = Boundary.read(fd, path, bytes, offset, length);
            }
        }
    }

    static final class ReadArray {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Argument(0) byte[] bytes,
                @Advice.Return(readOnly = false) int result) throws IOException {
            if (replicated) {
                result = Boundary.read(fd, path, bytes, 0, bytes.length);
            }
        }
    }

    static final class ReadByte {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Return(readOnly = false) int result)
                throws IOException {
            if (replicated) {
                result = Boundary.read(fd, path);
            }
        }
    }

    static final class ReadAll {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Return(readOnly = false) byte[] result)
                throws IOException {
            if (replicated) {
                result = Boundary.readAllBytes(fd, path);
            }
        }
    }

    static final class ReadN {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Argument(0) int length,
                @Advice.Return(readOnly = false) byte[] result) throws IOException {
            if (replicated) {
                result = Boundary.readNBytes(fd, path, length);
            }
        }
    }

    static final class TransferTo {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Argument(0) OutputStream out,
                @Advice.Return(readOnly = false) long result) throws IOException {
            if (replicated) {
                result = Boundary.transferTo(fd, path, out);
            }
        }
    }

    static final class Skip {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Argument(0) long count,
                @Advice.Return(readOnly = false) long result) throws IOException {
            if (replicated) {
                result = Boundary.skip(fd, path, count);
            }
        }
    }

    static final class Available {
        @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
        static boolean enter(@Advice.FieldValue("fd") FileDescriptor fd, @Advice.FieldValue("path") String path) {
            return Boundary.replicates(fd, path);
        }

        @Advice.OnMethodExit
        static void exit(@Advice.Enter boolean replicated, @Advice.FieldValue("fd") FileDescriptor fd,
                @Advice.FieldValue("path") String path, @Advice.Return(readOnly = false) int result)
                throws IOException {
            if (replicated) {
                result = Boundary.available(fd, path);
            }
        }
    }
}
